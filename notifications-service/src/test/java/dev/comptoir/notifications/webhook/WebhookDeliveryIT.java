package dev.comptoir.notifications.webhook;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.comptoir.contracts.Events;
import dev.comptoir.contracts.Topics;
import dev.comptoir.contracts.payments.PaymentFailed;
import dev.comptoir.contracts.payments.RefundSucceeded;
import dev.comptoir.notifications.email.EmailMessage;
import dev.comptoir.testing.HttpRecorder.Answer;
import dev.comptoir.testing.HttpRecorder.Received;
import dev.comptoir.testing.KafkaBrokerResource;
import dev.comptoir.testing.KafkaTestClient;
import dev.comptoir.testing.PostgresDatabaseResource;
import dev.comptoir.testing.WebhookSignatures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
@WithTestResource(WebhookReceiver.class)
class WebhookDeliveryIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    // The test broker may assign a newly created topic's partitions up to ~30 s apart.
    private static final Duration WAIT = Duration.ofSeconds(60);


    KafkaTestClient kafka;

    @BeforeEach
    void connect() {
        kafka = KafkaTestClient.forApplication(Topics.ORDERS);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void failingEndpointIsRetriedUntilItRecoversWithOneSuccessAndEverySignatureValid() throws Exception {
        String path = "/merchant/recovers";
        WebhookReceiver.script(path, Answer.of(500), Answer.of(503), Answer.of(200));
        JsonPath subscription = subscribe(path, List.of("order.created"));
        String orderId = KafkaTestClient.newOrderId();

        kafka.publish(Events.ORDER_UPDATED, Orders.updated(orderId, "local", 1, "created"), newEventId());

        await().atMost(WAIT).until(() -> WebhookReceiver.received(path).size() >= 3);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> WebhookReceiver.received(path).size() == 3);
        List<Received> requests = WebhookReceiver.received(path);
        String webhookId = requests.get(0).header("webhook-id");
        for (Received request : requests) {
            assertEquals(webhookId, request.header("webhook-id"), "the webhook id is stable across retries");
            assertTrue(WebhookSignatures.standardWebhookValid(subscription.getString("secret"), webhookId,
                    request.header("webhook-timestamp"), request.body(), request.header("webhook-signature")));
            assertEquals("application/json", request.header("Content-Type"));
        }
        JsonNode event = JSON.readTree(requests.get(2).body());
        assertEquals(webhookId, event.get("id").asText());
        assertEquals("order.created", event.get("type").asText());
        assertEquals(orderId, event.at("/data/order_id").asText());
        assertEquals(orderId, event.at("/data/order/id").asText());
        assertTrue(event.hasNonNull("created_at"));

        deliveries(subscription.getString("id")).body("", hasSize(1))
                .body("[0].status", equalTo("succeeded"))
                .body("[0].event_id", equalTo(webhookId))
                .body("[0].attempt_count", equalTo(3))
                .body("[0].attempts.status_code", equalTo(List.of(500, 503, 200)))
                .body("[0].attempts[0].response_body", equalTo("{\"received\": false}"));
    }

    @Test
    void goneEndpointIsDisabledAndTheMerchantAlerted() {
        String path = "/merchant/gone";
        WebhookReceiver.script(path, Answer.of(410));
        String id = subscribe(path, List.of("payment.failed")).getString("id");

        kafka.publish(Events.PAYMENT_FAILED, new PaymentFailed(KafkaTestClient.newOrderId(), "card_declined",
                "Declined"), newEventId());

        await().atMost(WAIT).untilAsserted(() -> merchant().get("/webhooks/subscriptions/" + id).then()
                .statusCode(200).body("enabled", equalTo(false))
                .body("disabled_reason", equalTo("the endpoint answered 410 Gone")));
        List<EmailMessage> alerts = QuarkusTransaction.requiringNew().call(() -> EmailMessage
                .<EmailMessage>list("recipient", "merchant@comptoir.example").stream()
                .filter(alert -> alert.textBody.contains(id)).toList());
        assertEquals(1, alerts.size(), "the merchant is e-mailed once");
        assertTrue(alerts.get(0).subject.contains(path), alerts.get(0).subject);
        deliveries(id).body("[0].status", equalTo("failed")).body("[0].attempt_count", equalTo(1));
        assertEquals(1, WebhookReceiver.received(path).size());
    }

    @Test
    void rateLimitedEndpointIsRetriedNoSoonerThanItsRetryAfter() {
        String path = "/merchant/rate-limited";
        WebhookReceiver.script(path, new Answer(429, Map.of("Retry-After", "3")), Answer.of(200));
        String id = subscribe(path, List.of("*")).getString("id");

        kafka.publish(Events.PAYMENT_FAILED, new PaymentFailed(KafkaTestClient.newOrderId(), "card_declined",
                "Declined"), newEventId());

        await().atMost(WAIT).untilAsserted(() -> deliveries(id).body("[0].status", equalTo("succeeded")));
        List<Received> requests = WebhookReceiver.received(path);
        assertEquals(2, requests.size());
        Duration gap = Duration.between(requests.get(0).at(), requests.get(1).at());
        assertTrue(gap.compareTo(Duration.ofSeconds(3)) >= 0, "retried after " + gap + " (schedule says 1 s)");
    }

    @Test
    void redeliveredKafkaEventGivesOneDelivery() {
        String path = "/merchant/dedupe";
        String id = subscribe(path, List.of("refund.succeeded", "order.created")).getString("id");
        String orderId = KafkaTestClient.newOrderId();
        kafka.publish(Events.ORDER_UPDATED, Orders.updated(orderId, "local", 1, "created"), newEventId());
        await().atMost(WAIT).untilAsserted(() -> deliveries(id).body("", hasSize(1)));
        String eventId = newEventId();
        RefundSucceeded refund = new RefundSucceeded(orderId, "rf_1", 1800, "usd");
        kafka.publish(Events.REFUND_SUCCEEDED, refund, eventId);
        kafka.publish(Events.REFUND_SUCCEEDED, refund, eventId);

        await().atMost(WAIT).untilAsserted(() -> deliveries(id).body("", hasSize(2))
                .body("status", equalTo(List.of("succeeded", "succeeded"))));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> deliveries(id).body("", hasSize(2)));
        List<Received> refunds = WebhookReceiver.received(path).stream()
                .filter(r -> r.body().contains("\"refund.succeeded\"")).toList();
        assertEquals(1, refunds.size());
        JsonPath body = JsonPath.from(refunds.get(0).body());
        assertEquals("rf_1", body.getString("data.refund_id"));
        assertEquals(1800, body.getInt("data.amount"));
        assertEquals(orderId, body.getString("data.order.id"), "the refund carries the order snapshot");
    }

    @Test
    void exhaustedDeliveryIsResentOnRequest() {
        String path = "/merchant/retry-by-hand";
        WebhookReceiver.script(path, Answer.of(500));
        String id = subscribe(path, List.of("payment.failed")).getString("id");
        kafka.publish(Events.PAYMENT_FAILED, new PaymentFailed(KafkaTestClient.newOrderId(), "card_declined",
                "Declined"), newEventId());
        await().atMost(WAIT).untilAsserted(() -> deliveries(id).body("[0].status", equalTo("failed"))
                .body("[0].attempt_count", equalTo(4)));

        WebhookReceiver.script(path, Answer.of(200));
        String deliveryId = deliveries(id).extract().path("[0].id");
        merchant().post("/webhooks/deliveries/" + deliveryId + "/retry").then().statusCode(202);

        await().atMost(WAIT).untilAsserted(() -> deliveries(id).body("[0].status", equalTo("succeeded"))
                .body("[0].attempts", hasSize(5)));
        merchant().post("/webhooks/deliveries/whd_unknown/retry").then().statusCode(404)
                .body("code", equalTo("not_found"));
    }

    @Test
    void duringASecretRotationBothSecretsSign() {
        String path = "/merchant/rotation";
        JsonPath subscription = subscribe(path, List.of("payment.failed"));
        String id = subscription.getString("id");
        JsonPath rotated = merchant().contentType("application/json").body("{\"overlap_seconds\": 3600}")
                .post("/webhooks/subscriptions/" + id + "/rotate-secret").then().statusCode(200)
                .extract().jsonPath();
        String newSecret = rotated.getString("secret");
        assertTrue(newSecret.startsWith("whsec_") && !newSecret.equals(subscription.getString("secret")));

        kafka.publish(Events.PAYMENT_FAILED, new PaymentFailed(KafkaTestClient.newOrderId(), "card_declined",
                "Declined"), newEventId());

        await().atMost(WAIT).until(() -> WebhookReceiver.received(path).size() == 1);
        Received request = WebhookReceiver.received(path).get(0);
        String header = request.header("webhook-signature");
        assertEquals(2, header.split(" ").length, header);
        for (String secret : List.of(newSecret, subscription.getString("secret"))) {
            assertTrue(WebhookSignatures.standardWebhookValid(secret, request.header("webhook-id"),
                    request.header("webhook-timestamp"), request.body(), header));
        }
    }

    @Test
    void deliveryClaimedByASenderThatDiedIsSentOnceItsLeaseRunsOut() {
        String path = "/merchant/orphaned-claim";
        String subscriptionId = subscribe(path, List.of("payment.failed")).getString("id");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        QuarkusTransaction.requiringNew().run(() -> {
            WebhookDelivery orphan = new WebhookDelivery();
            orphan.id = "whd_orphan";
            orphan.targetKind = TargetKind.MERCHANT;
            orphan.target = subscriptionId;
            orphan.eventId = "evt_orphan";
            orphan.eventType = "payment.failed";
            orphan.body = "{\"id\": \"evt_orphan\", \"type\": \"payment.failed\"}";
            orphan.status = DeliveryStatus.PENDING;
            orphan.createdAt = now.minusMinutes(1);
            orphan.nextAttemptAt = now.minusMinutes(1);
            orphan.claimedUntil = now.plusSeconds(2);
            orphan.persist();
        });

        await().atMost(WAIT).until(() -> WebhookReceiver.received(path).size() == 1);
        Duration afterClaim = Duration.between(now, WebhookReceiver.received(path).get(0).at().atOffset(ZoneOffset.UTC));
        assertTrue(afterClaim.compareTo(Duration.ofSeconds(2)) >= 0, "sent " + afterClaim + " after, within the lease");
        assertEquals("evt_orphan", WebhookReceiver.received(path).get(0).header("webhook-id"));
        await().atMost(WAIT).untilAsserted(() -> deliveries(subscriptionId).body("[0].status", equalTo("succeeded")));
    }

    static JsonPath subscribe(String path, List<String> events) {
        return merchant().contentType("application/json")
                .body(Map.of("url", WebhookReceiver.url(path), "events", events, "description", "test " + path))
                .post("/webhooks/subscriptions").then().statusCode(201).extract().jsonPath();
    }

    static io.restassured.response.ValidatableResponse deliveries(String subscriptionId) {
        return merchant().get("/webhooks/subscriptions/" + subscriptionId + "/deliveries").then().statusCode(200);
    }

    static io.restassured.specification.RequestSpecification merchant() {
        return given().auth().oauth2("local-merchant-token");
    }

    static String newEventId() {
        return UUID.randomUUID().toString();
    }
}
