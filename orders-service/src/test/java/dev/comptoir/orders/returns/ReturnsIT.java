package dev.comptoir.orders.returns;

import static dev.comptoir.orders.AgentRequests.agent;
import static dev.comptoir.orders.AgentRequests.placeOrder;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.comptoir.contracts.EventType;
import dev.comptoir.contracts.Events;
import dev.comptoir.contracts.KeyedEvent;
import dev.comptoir.contracts.Topics;
import dev.comptoir.contracts.fulfillment.InventoryReserved;
import dev.comptoir.contracts.fulfillment.ReservedLine;
import dev.comptoir.contracts.fulfillment.ReturnAuthorized;
import dev.comptoir.contracts.fulfillment.ReturnLine;
import dev.comptoir.contracts.fulfillment.ReturnReceived;
import dev.comptoir.contracts.fulfillment.ReturnRejected;
import dev.comptoir.contracts.fulfillment.ShipmentCreated;
import dev.comptoir.contracts.fulfillment.ShipmentDelivered;
import dev.comptoir.contracts.fulfillment.ShipmentLine;
import dev.comptoir.contracts.fulfillment.ShipmentShipped;
import dev.comptoir.contracts.orders.RefundRequested;
import dev.comptoir.contracts.orders.ReturnRequested;
import dev.comptoir.contracts.payments.PaymentAuthorized;
import dev.comptoir.contracts.payments.RefundFailed;
import dev.comptoir.contracts.payments.RefundSucceeded;
import dev.comptoir.testing.KafkaBrokerResource;
import dev.comptoir.testing.KafkaTestClient;
import dev.comptoir.testing.PostgresDatabaseResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Returns from the order's side: asked here, judged and received by fulfillment, refunded by payments. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
class ReturnsIT {
    private static final Duration WAIT = Duration.ofSeconds(20);

    KafkaTestClient kafka;

    @Inject
    ReturnDeadlines deadlines;

    @BeforeEach
    void connect() {
        kafka = KafkaTestClient.forApplication(Topics.ORDERS);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void wholeOrderReturnedRefundsItsLinesTaxAndShipping() {
        String orderId = deliveredOrder("tote-natural", 2);
        String returnId = requestReturn(orderId, 2);
        ReturnRequested requested = kafka.await(Events.RETURN_REQUESTED, e -> e.returnId().equals(returnId), WAIT);
        assertEquals(List.of(new ReturnLine("li_1", "tote-natural", 2, null)), requested.lines());

        publish(Events.RETURN_AUTHORIZED, new ReturnAuthorized(orderId, returnId, "RMA-1", "https://labels.example/1",
                requested.lines()));
        awaitReturn(orderId, returnId, "authorized");
        publish(Events.RETURN_RECEIVED, new ReturnReceived(orderId, returnId,
                List.of(new ReturnLine("li_1", "tote-natural", 2, "resellable"))));

        RefundRequested refund = kafka.await(Events.REFUND_REQUESTED, e -> e.orderId().equals(orderId), WAIT);
        int total = agent().get("/orders/{id}", orderId).then().extract()
                .path("totals.find { it.type == 'total' }.amount");
        assertEquals(total, refund.amount(), "everything came back: lines, their tax and the shipping");
        publish(Events.REFUND_SUCCEEDED, new RefundSucceeded(orderId, refund.refundId(), refund.amount(), "usd"));

        awaitReturn(orderId, returnId, "refunded");
        agent().get("/orders/{id}", orderId).then()
                .body("line_items[0].quantity.current", equalTo(0))
                .body("line_items[0].quantity.fulfilled", equalTo(2))
                .body("adjustments.find { it.type == 'refund' }.amount", equalTo(total))
                .body("adjustments.find { it.type == 'return' }.status", equalTo("completed"));
    }

    @Test
    void partialReturnsCannotExceedWhatWasDelivered() {
        String orderId = deliveredOrder("mug-white", 3);
        requestReturn(orderId, 1);
        agent().body(Map.of("line_items", List.of(Map.of("id", "li_1", "quantity", 3)), "reason", "too many"))
                .post("/orders/{id}/returns", orderId)
                .then().statusCode(400).body("code", equalTo("quantity_exceeds_delivered"))
                .body("param", equalTo("$.line_items[0].quantity"));
        requestReturn(orderId, 2);
    }

    @Test
    void nothingDeliveredNothingToReturn() {
        String orderId = confirmedOrder("scarf-linen", 1);
        agent().body(Map.of("line_items", List.of(Map.of("id", "li_1", "quantity", 1))))
                .post("/orders/{id}/returns", orderId)
                .then().statusCode(409).body("code", equalTo("not_delivered"));
    }

    @Test
    void rejectedReturnFreesItsQuantities() {
        String orderId = deliveredOrder("notebook-a5", 1);
        String returnId = requestReturn(orderId, 1);
        publish(Events.RETURN_REJECTED, new ReturnRejected(orderId, returnId, "return_window_expired"));
        awaitReturn(orderId, returnId, "rejected");
        agent().get("/orders/{id}/returns/{r}", orderId, returnId).then()
                .body("rejection_reason", equalTo("return_window_expired"));
        requestReturn(orderId, 1);
    }

    @Test
    void refundTheProviderKeepsRefusingSendsTheOrderToManualReview() {
        String orderId = deliveredOrder("coffee-250g", 2);
        String returnId = requestReturn(orderId, 1);
        publish(Events.RETURN_AUTHORIZED, new ReturnAuthorized(orderId, returnId, "RMA-2", null,
                List.of(new ReturnLine("li_1", "coffee-250g", 1, null))));
        awaitReturn(orderId, returnId, "authorized");
        publish(Events.RETURN_RECEIVED, new ReturnReceived(orderId, returnId,
                List.of(new ReturnLine("li_1", "coffee-250g", 1, "damaged"))));
        for (int attempt = 1; attempt <= 3; attempt++) {
            String refundId = "rf_" + returnId + (attempt > 1 ? "_" + attempt : "");
            RefundRequested refund = kafka.await(Events.REFUND_REQUESTED, e -> e.refundId().equals(refundId), WAIT);
            publish(Events.REFUND_FAILED, new RefundFailed(orderId, refundId, refund.amount(), "provider_failed"));
        }
        awaitReturn(orderId, returnId, "manual_review");
        agent().get("/orders/{id}", orderId).then().body("status", equalTo("manual_review"));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("comptoir_orders_manual_review_total{reason=\"refund_failed\"}"))
                .body(containsString("comptoir_returns_duration_seconds_count{outcome=\"manual_review\"}"));
    }

    @Test
    void verdictNeverHeardIsAskedAgainThenTheReturnGoesToManualReview() {
        String orderId = deliveredOrder("mug-black", 1);
        String returnId = requestReturn(orderId, 1);
        kafka.await(Events.RETURN_REQUESTED, e -> e.returnId().equals(returnId), WAIT);

        deadlines.passDeadlinesAt(OffsetDateTime.now().plus(Duration.ofMinutes(11)));
        await().atMost(WAIT).until(() -> kafka.eventsAfter(Duration.ofMillis(300), Events.RETURN_REQUESTED,
                e -> e.returnId().equals(returnId)).size() == 2);
        awaitReturn(orderId, returnId, "requested");
        deadlines.passDeadlinesAt(OffsetDateTime.now().plus(Duration.ofMinutes(11)));
        deadlines.passDeadlinesAt(OffsetDateTime.now().plus(Duration.ofMinutes(11)));

        awaitReturn(orderId, returnId, "manual_review");
        agent().get("/orders/{id}", orderId).then().body("status", equalTo("manual_review"));
        assertEquals(3, kafka.eventsAfter(Duration.ofSeconds(1), Events.RETURN_REQUESTED,
                e -> e.returnId().equals(returnId)).size(), "asked three times in all, then a person decides");
        agent().get("/orders/{id}/timeline", orderId).then().body("step", hasItems("deadline_passed",
                "status_manual_review"));
    }

    @Test
    void refundNeverAnsweredIsAskedAgainUnderTheSameIdAndSettlesWhenTheAnswerComes() {
        String orderId = deliveredOrder("candle-fig", 1);
        String returnId = authorizedAndReceived(orderId, "candle-fig");
        RefundRequested first = kafka.await(Events.REFUND_REQUESTED, e -> e.orderId().equals(orderId), WAIT);

        deadlines.passDeadlinesAt(OffsetDateTime.now().plus(Duration.ofMinutes(11)));
        await().atMost(WAIT).until(() -> kafka.eventsAfter(Duration.ofMillis(300), Events.REFUND_REQUESTED,
                e -> e.orderId().equals(orderId)).size() == 2);
        assertEquals(List.of(first.refundId(), first.refundId()), kafka.eventsAfter(Duration.ofMillis(300),
                Events.REFUND_REQUESTED, e -> e.orderId().equals(orderId)).stream()
                .map(RefundRequested::refundId).toList(), "the same refund, so payments cannot pay it twice");

        publish(Events.REFUND_SUCCEEDED, new RefundSucceeded(orderId, first.refundId(), first.amount(), "usd"));
        awaitReturn(orderId, returnId, "refunded");
        deadlines.passDeadlinesAt(OffsetDateTime.now().plus(Duration.ofMinutes(11)));
        assertEquals(2, kafka.eventsAfter(Duration.ofSeconds(1), Events.REFUND_REQUESTED,
                e -> e.orderId().equals(orderId)).size(), "a settled return has no deadline");
    }

    @Test
    void goodsNeverSentExpireTheReturnAndGoodsArrivingLaterAreStillRefunded() {
        String orderId = deliveredOrder("socks-wool", 1);
        String returnId = requestReturn(orderId, 1);
        publish(Events.RETURN_AUTHORIZED, new ReturnAuthorized(orderId, returnId, "RMA-9", null,
                List.of(new ReturnLine("li_1", "socks-wool", 1, null))));
        awaitReturn(orderId, returnId, "authorized");

        deadlines.passDeadlinesAt(OffsetDateTime.now().plus(Duration.ofDays(46)));
        awaitReturn(orderId, returnId, "expired");
        agent().get("/orders/{id}", orderId).then()
                .body("adjustments.find { it.id == '" + returnId + "' }.status", equalTo("failed"));
        agent().get("/orders/{id}/timeline", orderId).then().body("step", hasItems("return_expired"));

        publish(Events.RETURN_RECEIVED, new ReturnReceived(orderId, returnId,
                List.of(new ReturnLine("li_1", "socks-wool", 1, "resellable"))));
        awaitReturn(orderId, returnId, "refund_pending");
        kafka.await(Events.REFUND_REQUESTED, e -> e.orderId().equals(orderId), WAIT);
    }

    private String authorizedAndReceived(String orderId, String sku) {
        String returnId = requestReturn(orderId, 1);
        publish(Events.RETURN_AUTHORIZED, new ReturnAuthorized(orderId, returnId, "RMA-" + sku, null,
                List.of(new ReturnLine("li_1", sku, 1, null))));
        awaitReturn(orderId, returnId, "authorized");
        publish(Events.RETURN_RECEIVED, new ReturnReceived(orderId, returnId,
                List.of(new ReturnLine("li_1", sku, 1, "resellable"))));
        awaitReturn(orderId, returnId, "refund_pending");
        return returnId;
    }

    private String requestReturn(String orderId, int quantity) {
        return agent().body(Map.of("line_items", List.of(Map.of("id", "li_1", "quantity", quantity)),
                        "reason", "does not fit"))
                .post("/orders/{id}/returns", orderId)
                .then().statusCode(201).body("status", equalTo("requested")).extract().path("id");
    }

    private String deliveredOrder(String sku, int quantity) {
        String orderId = confirmedOrder(sku, quantity);
        String shipment = "shp_" + orderId;
        publish(Events.SHIPMENT_CREATED, new ShipmentCreated(orderId, shipment, "shipping",
                List.of(new ShipmentLine("li_1", sku, sku, quantity, Map.of()))));
        publish(Events.SHIPMENT_SHIPPED, new ShipmentShipped(orderId, shipment, "simulated", "SIM1", null));
        publish(Events.SHIPMENT_DELIVERED, new ShipmentDelivered(orderId, shipment, null));
        await().atMost(WAIT).untilAsserted(() -> agent().get("/orders/{id}", orderId).then()
                .body("status", equalTo("completed")));
        return orderId;
    }

    private String confirmedOrder(String sku, int quantity) {
        String orderId = placeOrder(sku, quantity, "vt_" + UUID.randomUUID().toString().substring(0, 8));
        publish(Events.PAYMENT_AUTHORIZED, new PaymentAuthorized(orderId, "pay_" + orderId, 1000, "usd"));
        publish(Events.INVENTORY_RESERVED, new InventoryReserved(orderId, List.of(new ReservedLine(sku, quantity))));
        await().atMost(WAIT).untilAsserted(() -> agent().get("/orders/{id}", orderId).then()
                .body("status", equalTo("confirmed")));
        return orderId;
    }

    private <T extends KeyedEvent> void publish(EventType<T> type, T event) {
        kafka.publish(type, event, UUID.randomUUID().toString());
    }

    private static void awaitReturn(String orderId, String returnId, String status) {
        await().atMost(WAIT).untilAsserted(() -> agent().get("/orders/{id}/returns/{r}", orderId, returnId).then()
                .statusCode(200).body("status", equalTo(status)));
    }
}
