package dev.comptoir.notifications.acp;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.comptoir.contracts.Events;
import dev.comptoir.contracts.Topics;
import dev.comptoir.notifications.webhook.Orders;
import dev.comptoir.notifications.webhook.WebhookReceiver;
import dev.comptoir.testing.AcpSchemas;
import dev.comptoir.testing.HttpRecorder.Answer;
import dev.comptoir.testing.HttpRecorder.Received;
import dev.comptoir.testing.KafkaBrokerResource;
import dev.comptoir.testing.KafkaTestClient;
import dev.comptoir.testing.PostgresDatabaseResource;
import dev.comptoir.testing.WebhookSignatures;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
@WithTestResource(WebhookReceiver.class)
class AcpOrderWebhooksIT {
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
    void agentPlatformReceivesOrderCreateThenOrderUpdateSignedAndSchemaValidEvenWhenTheyComeTogether()
            throws Exception {
        String orderId = KafkaTestClient.newOrderId();
        kafka.publish(Events.ORDER_UPDATED, Orders.updated(orderId, "acp-test", 1, "created"), id());
        kafka.publish(Events.ORDER_UPDATED, Orders.updated(orderId, "acp-test", 2, "confirmed"), id());

        await().atMost(WAIT).until(() -> forOrder("/acp/acp-test", orderId).size() == 2);
        List<Received> requests = forOrder("/acp/acp-test", orderId);
        assertEquals(List.of("order_create", "order_update"), requests.stream().map(r -> type(r)).toList());
        assertEquals(List.of("created", "confirmed"),
                requests.stream().map(r -> tree(r).at("/data/status").asText()).toList());
        for (Received request : requests) {
            assertTrue(WebhookSignatures.merchantSignatureValid(WebhookReceiver.ACP_SECRET, request.body(),
                    request.header("Merchant-Signature")), request.header("Merchant-Signature"));
            assertEquals("application/json", request.header("Content-Type"));
            assertTrue(request.header("Request-Id") != null && !request.header("Request-Id").isBlank());
            OffsetDateTime.parse(request.header("Timestamp"));
            AcpSchemas.assertValid("schema.agentic_checkout.json", "Order",
                    JSON.writeValueAsString(tree(request).get("data")));
            assertEquals("order", tree(request).at("/data/type").asText());
        }
        assertNotEquals(requests.get(0).header("Request-Id"), requests.get(1).header("Request-Id"));
    }

    @Test
    void anOlderRevisionArrivingAfterANewerOneIsNotSent() {
        String orderId = KafkaTestClient.newOrderId();
        kafka.publish(Events.ORDER_UPDATED, Orders.updated(orderId, "acp-test", 2, "confirmed"), id());
        kafka.publish(Events.ORDER_UPDATED, Orders.updated(orderId, "acp-test", 1, "created"), id());

        await().atMost(WAIT).until(() -> forOrder("/acp/acp-test", orderId).size() == 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> forOrder("/acp/acp-test", orderId).size() == 1);
        assertEquals("confirmed", tree(forOrder("/acp/acp-test", orderId).get(0)).at("/data/status").asText());
    }

    @Test
    void aNewerRevisionSupersedesAnOlderOneStillFailingAndTheOlderIsNeverSentAfterIt() {
        String orderId = KafkaTestClient.newOrderId();
        kafka.publish(Events.ORDER_UPDATED, Orders.updated(orderId, "acp-flaky", 1, "created"), id());
        await().atMost(WAIT).until(() -> forOrder("/acp/acp-flaky", orderId).size() == 1);
        WebhookReceiver.script("/acp/acp-flaky", Answer.of(503));
        kafka.publish(Events.ORDER_UPDATED, Orders.updated(orderId, "acp-flaky", 2, "confirmed"), id());
        await().atMost(WAIT).until(() -> forOrder("/acp/acp-flaky", orderId).size() >= 2);

        WebhookReceiver.script("/acp/acp-flaky", Answer.of(200));
        kafka.publish(Events.ORDER_UPDATED, Orders.updated(orderId, "acp-flaky", 3, "processing"), id());
        await().atMost(WAIT).until(() -> forOrder("/acp/acp-flaky", orderId).stream()
                .anyMatch(r -> status(r).equals("processing")));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(6)).until(() -> true);

        List<Received> requests = forOrder("/acp/acp-flaky", orderId);
        assertEquals("processing", status(requests.get(requests.size() - 1)), "nothing came after the newer revision");
        assertEquals(1, requests.stream().filter(r -> status(r).equals("processing")).count());
    }

    private static List<Received> forOrder(String path, String orderId) {
        return WebhookReceiver.received(path).stream()
                .filter(r -> orderId.equals(tree(r).at("/data/id").asText())).toList();
    }

    private static String status(Received request) {
        return tree(request).at("/data/status").asText();
    }

    private static String type(Received request) {
        return tree(request).get("type").asText();
    }

    private static JsonNode tree(Received request) {
        try {
            return JSON.readTree(request.body());
        } catch (Exception e) {
            throw new AssertionError(request.body(), e);
        }
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
