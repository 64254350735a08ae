package dev.comptoir.orders.order;

import static dev.comptoir.orders.AgentRequests.agent;
import static dev.comptoir.orders.AgentRequests.placeOrder;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.contracts.Events;
import dev.comptoir.contracts.Topics;
import dev.comptoir.contracts.fulfillment.InventoryReserved;
import dev.comptoir.contracts.fulfillment.ReservedLine;
import dev.comptoir.contracts.payments.PaymentAuthorized;
import dev.comptoir.contracts.payments.PaymentFailed;
import dev.comptoir.testing.KafkaBrokerResource;
import dev.comptoir.testing.KafkaTestClient;
import dev.comptoir.testing.PostgresDatabaseResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What an operator reads at /q/metrics while orders come in, get confirmed and fail. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
class OrderMetricsIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String PLACED = "comptoir_orders_placed_total";
    private static final String CONFIRMED = "comptoir_orders_confirmed_total";
    private static final String CANCELED_PAYMENT_FAILED = "comptoir_orders_canceled_total{reason=\"payment_failed\"}";
    private static final String PLACEMENT_CONFIRMED =
            "comptoir_orders_placement_duration_seconds_count{outcome=\"confirmed\"}";
    private static final String PLACEMENT_CANCELED =
            "comptoir_orders_placement_duration_seconds_count{outcome=\"canceled\"}";
    private static final String CHECKOUTS_COMPLETED = "comptoir_checkouts_total{status=\"completed\"}";
    private static final String CHECKOUTS_IN_PROGRESS = "comptoir_checkouts_total{status=\"complete_in_progress\"}";

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
    void ordersPlacedConfirmedAndCanceledAreCountedWithHowLongPlacementTook() {
        String before = metrics();

        String confirmed = placeOrder("mug-black", 1, "vt_any");
        kafka.publish(Events.PAYMENT_AUTHORIZED, new PaymentAuthorized(confirmed, "pay_1", 2799, "usd"),
                UUID.randomUUID().toString());
        kafka.publish(Events.INVENTORY_RESERVED, new InventoryReserved(confirmed,
                List.of(new ReservedLine("mug-black", 1))), UUID.randomUUID().toString());
        String declined = placeOrder("tee-white-l", 1, "vt_declined");
        kafka.publish(Events.PAYMENT_FAILED, new PaymentFailed(declined, "card_declined", "The card was declined."),
                UUID.randomUUID().toString());
        await().atMost(WAIT).untilAsserted(() -> agent().get("/orders/{id}", confirmed).then()
                .body("status", equalTo("confirmed")));
        await().atMost(WAIT).untilAsserted(() -> agent().get("/orders/{id}", declined).then()
                .body("status", equalTo("canceled")));

        String after = metrics();
        assertEquals(2, value(after, PLACED) - value(before, PLACED));
        assertEquals(1, value(after, CONFIRMED) - value(before, CONFIRMED));
        assertEquals(1, value(after, CANCELED_PAYMENT_FAILED) - value(before, CANCELED_PAYMENT_FAILED));
        assertEquals(1, value(after, PLACEMENT_CONFIRMED) - value(before, PLACEMENT_CONFIRMED));
        assertEquals(1, value(after, PLACEMENT_CANCELED) - value(before, PLACEMENT_CANCELED));
    }

    @Test
    void checkoutSessionsAreCountedByTheStatusTheyReach() {
        String before = metrics();

        String orderId = placeOrder("mug-white", 1, "vt_any");
        kafka.publish(Events.PAYMENT_AUTHORIZED, new PaymentAuthorized(orderId, "pay_2", 2799, "usd"),
                UUID.randomUUID().toString());
        kafka.publish(Events.INVENTORY_RESERVED, new InventoryReserved(orderId,
                List.of(new ReservedLine("mug-white", 1))), UUID.randomUUID().toString());
        await().atMost(WAIT).untilAsserted(() -> assertEquals(1,
                value(metrics(), CHECKOUTS_COMPLETED) - value(before, CHECKOUTS_COMPLETED)));

        assertEquals(1, value(metrics(), CHECKOUTS_IN_PROGRESS) - value(before, CHECKOUTS_IN_PROGRESS));
    }

    @Test
    void outboxBacklogAndTheAgeOfItsOldestRowAreExposed() {
        String metrics = metrics();
        assertTrue(metrics.contains("comptoir_outbox_backlog "), "no outbox backlog gauge");
        assertTrue(metrics.contains("comptoir_outbox_oldest_age_seconds "), "no outbox age gauge");
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of one series in Prometheus text, 0 when it does not exist yet. */
    private static double value(String metrics, String series) {
        Matcher matcher = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)( #.*)?$", Pattern.MULTILINE)
                .matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }
}
