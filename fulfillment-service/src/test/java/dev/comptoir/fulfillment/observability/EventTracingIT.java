package dev.comptoir.fulfillment.observability;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.comptoir.contracts.Events;
import dev.comptoir.contracts.Topics;
import dev.comptoir.contracts.orders.Address;
import dev.comptoir.contracts.orders.Customer;
import dev.comptoir.contracts.orders.OrderLine;
import dev.comptoir.contracts.orders.OrderPlaced;
import dev.comptoir.testing.KafkaBrokerResource;
import dev.comptoir.testing.KafkaTestClient;
import dev.comptoir.testing.PostgresDatabaseResource;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One order's trace crosses the outbox and Kafka: whoever appends an event hands its trace to whoever consumes it. */
@QuarkusTest
@TestProfile(TracingOn.class)
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
class EventTracingIT {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    InMemorySpanExporter spans;

    KafkaTestClient kafka;

    @BeforeEach
    void connect() {
        kafka = KafkaTestClient.forApplication(Topics.INVENTORY, Topics.FULFILLMENT);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void eventPublishedByTheRelayCarriesTheTraceOfTheRequestThatCausedIt() {
        String traceId = newTraceId();
        String sku = "sku-" + UUID.randomUUID().toString().substring(0, 8);

        given().auth().oauth2("local-merchant-token").contentType("application/json")
                .header("traceparent", "00-" + traceId + "-" + newSpanId() + "-01")
                .body(Map.of("on_hand", 3))
                .put("/stock/{sku}", sku)
                .then().statusCode(200);

        ConsumerRecord<String, String> level = awaitRecord(Topics.INVENTORY, sku);
        assertEquals(traceId, traceIdOf(KafkaTestClient.header(level, "traceparent")));
    }

    @Test
    void consumerAppliesTheEventInASpanOfThePublishersTraceAndPassesItOn() {
        String traceId = newTraceId();
        String orderId = KafkaTestClient.newOrderId();
        String sku = "sku-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2("local-merchant-token").contentType("application/json")
                .body(Map.of("on_hand", 3)).put("/stock/{sku}", sku).then().statusCode(200);

        kafka.publish(Events.ORDER_PLACED, orderPlaced(orderId, sku), UUID.randomUUID().toString(),
                Map.of("traceparent", "00-" + traceId + "-" + newSpanId() + "-01"));

        SpanData handling = await().atMost(WAIT).until(() -> spans.getFinishedSpanItems().stream()
                .filter(span -> span.getTraceId().equals(traceId))
                .filter(span -> span.getName().contains(Events.ORDER_PLACED.type()))
                .findFirst(), found -> found.isPresent()).orElseThrow();
        ConsumerRecord<String, String> reserved = awaitRecord(Topics.FULFILLMENT, orderId);
        String passedOn = KafkaTestClient.header(reserved, "traceparent");
        assertNotNull(passedOn, "InventoryReserved carries no traceparent");
        assertEquals(traceId, traceIdOf(passedOn));
        assertEquals(handling.getSpanId(), passedOn.split("-")[2]);
    }

    private ConsumerRecord<String, String> awaitRecord(String topic, String key) {
        return await().atMost(WAIT).until(() -> kafka.awaitRecords(topic, 1, Duration.ofMillis(200)).stream()
                .filter(record -> record.key().equals(key)).findFirst(), found -> found.isPresent()).orElseThrow();
    }

    private static String traceIdOf(String traceparent) {
        assertNotNull(traceparent, "no traceparent header");
        return traceparent.split("-")[1];
    }

    private static String newTraceId() {
        return HexFormat.of().formatHex(randomBytes(16));
    }

    private static String newSpanId() {
        return HexFormat.of().formatHex(randomBytes(8));
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }

    private static OrderPlaced orderPlaced(String orderId, String sku) {
        return new OrderPlaced(orderId, "cs_" + orderId, "test-agent", "usd",
                List.of(new OrderLine("li_1", sku, "Mug", 1, 1000, 1000, false, Map.of())), 1000, 0, 0, 0, 1000,
                new Customer("Ada Lovelace", "ada@example.com"),
                new Address("Ada Lovelace", "1 Chat Road", null, "San Francisco", "CA", "US", "94131"), "en-US");
    }
}
