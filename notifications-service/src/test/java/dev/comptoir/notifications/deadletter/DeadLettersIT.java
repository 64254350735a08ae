package dev.comptoir.notifications.deadletter;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.comptoir.contracts.Events;
import dev.comptoir.contracts.Topics;
import dev.comptoir.contracts.payments.RefundSucceeded;
import dev.comptoir.notifications.email.EmailMessage;
import dev.comptoir.notifications.webhook.WebhookReceiver;
import dev.comptoir.testing.HttpRecorder.Received;
import dev.comptoir.testing.KafkaBrokerResource;
import dev.comptoir.testing.KafkaTestClient;
import dev.comptoir.testing.PostgresDatabaseResource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
@WithTestResource(WebhookReceiver.class)
class DeadLettersIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    // A dead-letter topic is created by the first record parked on it; the test broker may take ~30 s to assign it.
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final String ALERTS = "/merchant/dead-letters";

    @Inject
    MeterRegistry meters;
    @Inject
    EntityManager entityManager;

    KafkaTestClient kafka;

    @BeforeEach
    void connect() {
        kafka = KafkaTestClient.forApplication(Topics.ORDERS, Topics.PAYMENTS);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void aRecordNoConsumerCanProcessIsListedCountedAlertedAndReplayedOnlyOnce() throws IOException {
        subscribe(ALERTS, "dead_letter.recorded");
        double countedBefore = counted(Topics.ORDERS, "notifications");
        String orderId = KafkaTestClient.newOrderId();
        String eventId = UUID.randomUUID().toString();

        kafka.publishRaw(Topics.ORDERS, orderId, Events.ORDER_PLACED.type(), eventId, "{\"order_id\": [not json");

        JsonPath letter = awaitDeadLetters(eventId, 1).get(0);
        assertEquals(Topics.ORDERS, letter.getString("topic"));
        assertEquals("notifications", letter.getString("consumer"));
        assertEquals(Events.ORDER_PLACED.type(), letter.getString("event_type"));
        assertEquals(orderId, letter.getString("subject"));
        assertTrue(letter.getString("reason").contains("has unreadable data"), letter.getString("reason"));
        assertEquals(Topics.deadLetter(Topics.ORDERS, "notifications"), letter.getString("dead_letter_topic"));
        assertTrue(letter.getInt("partition") >= 0);
        assertTrue(letter.getLong("offset") >= 0);
        assertNull(letter.get("replayed_at"));
        String id = letter.getString("id");
        merchant().get("/dead-letters/" + id).then().statusCode(200).body("event_id", equalTo(eventId));

        assertTrue(counted(Topics.ORDERS, "notifications") >= countedBefore + 1, "the metric counts it");
        await().atMost(WAIT).until(() -> alertsAbout(eventId).size() == 1);
        JsonNode alert = alertsAbout(eventId).get(0);
        assertEquals(id, alert.at("/data/dead_letter_id").asText());
        assertEquals(orderId, alert.at("/data/subject").asText());
        assertEquals(Topics.ORDERS, alert.at("/data/topic").asText());
        assertTrue(alert.at("/data/reason").asText().contains("has unreadable data"));
        List<EmailMessage> emails = QuarkusTransaction.requiringNew().call(() -> EmailMessage
                .<EmailMessage>list("recipient", "merchant@comptoir.example").stream()
                .filter(email -> email.textBody.contains(eventId)).toList());
        assertEquals(1, emails.size(), "the merchant is e-mailed once");
        assertTrue(emails.get(0).textBody.contains("POST /dead-letters/" + id + "/replay"));

        merchant().post("/dead-letters/" + id + "/replay").then().statusCode(200)
                .body("id", equalTo(id)).body("replayed_at", notNullValue());
        merchant().post("/dead-letters/" + id + "/replay").then().statusCode(409)
                .body("type", equalTo("invalid_request")).body("code", equalTo("already_replayed"));

        List<ConsumerRecord<String, String>> published = await().atMost(WAIT)
                .until(() -> recordsWith(Topics.ORDERS, eventId), records -> records.size() == 2);
        ConsumerRecord<String, String> replayed = published.get(1);
        assertEquals(orderId, replayed.key());
        assertEquals(published.get(0).value(), replayed.value());
        assertEquals(Events.ORDER_PLACED.type(), KafkaTestClient.header(replayed, "ce_type"));
        replayed.headers().forEach(header -> assertFalse(header.key().startsWith("dead-letter-"), header.key()));
        // Still malformed: its consumer failed on it again and parked it anew, a dead letter of its own.
        awaitDeadLetters(eventId, 2);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> recordsWith(Topics.ORDERS, eventId).size() == 2);
    }

    @Test
    void aReplayedEventIsProcessedByTheConsumerThatFailedOnItAndSkippedByTheOthers() {
        String refunds = "/merchant/refunds";
        subscribe(refunds, "refund.succeeded");
        String orderId = KafkaTestClient.newOrderId();
        String eventId = UUID.randomUUID().toString();
        // The e-mails' store refuses this order (as a too-narrow column would); the webhooks' does not.
        String constraint = "refuse_" + orderId;
        ddl("alter table email_log add constraint " + constraint + " check (order_id <> '" + orderId + "')");
        try {
            kafka.publish(Events.REFUND_SUCCEEDED, new RefundSucceeded(orderId, "re_1", 500, "eur"), eventId);
            JsonPath letter = awaitDeadLetters(eventId, 1).get(0);
            assertEquals("notifications", letter.getString("consumer"));
            assertTrue(letter.getString("reason").contains(constraint),
                    "the dead letter names what the database refused: " + letter.getString("reason"));
            await().atMost(WAIT).until(() -> refundWebhooks(refunds, orderId) == 1);
            assertEquals(0, refundEmails(orderId));

            ddl("alter table email_log drop constraint " + constraint);
            merchant().post("/dead-letters/" + letter.getString("id") + "/replay").then().statusCode(200);
        } finally {
            ddl("alter table email_log drop constraint if exists " + constraint);
        }

        await().atMost(WAIT).until(() -> refundEmails(orderId) == 1);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> refundWebhooks(refunds, orderId) == 1);
        assertEquals(1, deadLetters(eventId).size(), "nothing failed the second time");
    }

    @Test
    void listingAndReplayNeedTheMerchantTokenAndAnUnknownIdIsNotFound() {
        given().get("/dead-letters").then().statusCode(401);
        given().auth().oauth2("local-agent-token").post("/dead-letters/dl_x/replay").then().statusCode(401);
        merchant().post("/dead-letters/dl_unknown/replay").then().statusCode(404)
                .body("code", equalTo("not_found"));
        merchant().get("/dead-letters?limit=0").then().statusCode(400).body("param", equalTo("limit"));
        merchant().get("/dead-letters?limit=x").then().statusCode(400).body("code", equalTo("invalid_limit"));
    }

    private List<JsonPath> awaitDeadLetters(String eventId, int count) {
        return await().atMost(WAIT).until(() -> deadLetters(eventId), letters -> letters.size() >= count);
    }

    private static List<JsonPath> deadLetters(String eventId) {
        JsonPath all = merchant().get("/dead-letters?limit=500").then().statusCode(200).extract().jsonPath();
        return all.getList("findAll { it.event_id == '" + eventId + "' }.id", String.class).stream()
                .map(id -> merchant().get("/dead-letters/" + id).then().statusCode(200).extract().jsonPath())
                .sorted((a, b) -> Long.compare(a.getLong("dead_letter_offset"), b.getLong("dead_letter_offset")))
                .toList();
    }

    private double counted(String topic, String consumer) {
        Counter counter = meters.find(DeadLetters.METRIC).tags("topic", topic, "consumer", consumer).counter();
        return counter == null ? 0 : counter.count();
    }

    private static List<JsonNode> alertsAbout(String eventId) {
        return WebhookReceiver.received(ALERTS).stream().map(DeadLettersIT::json)
                .filter(event -> event.at("/type").asText().equals("dead_letter.recorded")
                        && event.at("/data/event_id").asText().equals(eventId))
                .toList();
    }

    private static long refundWebhooks(String path, String orderId) {
        return WebhookReceiver.received(path).stream().map(DeadLettersIT::json)
                .filter(event -> event.at("/data/order_id").asText().equals(orderId)).count();
    }

    private long refundEmails(String orderId) {
        return QuarkusTransaction.requiringNew().call(() -> EmailMessage.count("orderId", orderId));
    }

    private List<ConsumerRecord<String, String>> recordsWith(String topic, String eventId) {
        return kafka.awaitRecords(topic, Integer.MAX_VALUE, Duration.ofMillis(500)).stream()
                .filter(record -> eventId.equals(KafkaTestClient.header(record, "ce_id"))).toList();
    }

    private void ddl(String statement) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(statement).executeUpdate());
    }

    private static void subscribe(String path, String event) {
        merchant().contentType("application/json")
                .body(Map.of("url", WebhookReceiver.url(path), "events", List.of(event)))
                .post("/webhooks/subscriptions").then().statusCode(201);
    }

    private static JsonNode json(Received request) {
        try {
            return JSON.readTree(request.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RequestSpecification merchant() {
        return given().auth().oauth2("local-merchant-token");
    }
}
