package dev.comptoir.orders.saga;

import static dev.comptoir.orders.AgentRequests.agent;
import static dev.comptoir.orders.AgentRequests.placeOrder;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.comptoir.contracts.Events;
import dev.comptoir.contracts.Topics;
import dev.comptoir.contracts.fulfillment.InventoryReserved;
import dev.comptoir.contracts.fulfillment.ReservedLine;
import dev.comptoir.contracts.fulfillment.ShipmentCreated;
import dev.comptoir.contracts.fulfillment.ShipmentDelivered;
import dev.comptoir.contracts.fulfillment.ShipmentLine;
import dev.comptoir.contracts.fulfillment.ShipmentShipped;
import dev.comptoir.contracts.orders.OrderCanceled;
import dev.comptoir.contracts.orders.OrderUpdated;
import dev.comptoir.contracts.payments.DisputeOpened;
import dev.comptoir.contracts.payments.PaymentAuthorized;
import dev.comptoir.contracts.payments.RefundSucceeded;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.comptoir.testing.AcpSchemas;
import dev.comptoir.testing.KafkaBrokerResource;
import dev.comptoir.testing.KafkaTestClient;
import dev.comptoir.testing.PostgresDatabaseResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The order after placement: shipments, cancellation, refunds and disputes, as the ACP Order shows them. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
class OrderLifecycleIT {
    private static final Duration WAIT = Duration.ofSeconds(20);

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
    void shipmentsTakeTheOrderThroughProcessingShippedAndCompleted() {
        String orderId = confirmedOrder("tote-natural", 2);
        publish(Events.SHIPMENT_CREATED, new ShipmentCreated(orderId, "shp_" + orderId, "shipping",
                List.of(new ShipmentLine("li_1", "tote-natural", "Market Tote", 2, Map.of()))));
        awaitStatus(orderId, "processing");

        publish(Events.SHIPMENT_SHIPPED, new ShipmentShipped(orderId, "shp_" + orderId, "simulated", "SIM123",
                "https://track.example/SIM123"));
        awaitStatus(orderId, "shipped");
        order(orderId).then().body("fulfillments[0].carrier", equalTo("simulated"))
                .body("fulfillments[0].tracking_number", equalTo("SIM123"))
                .body("fulfillments[0].status", equalTo("shipped"))
                .body("line_items[0].quantity.fulfilled", equalTo(0));

        publish(Events.SHIPMENT_DELIVERED, new ShipmentDelivered(orderId, "shp_" + orderId, null));
        awaitStatus(orderId, "completed");
        order(orderId).then().body("line_items[0].quantity.fulfilled", equalTo(2))
                .body("fulfillments[0].events.type", equalTo(List.of("shipped", "delivered")));
        agent().get("/orders/{id}/timeline", orderId).then().statusCode(200)
                .body("step", hasItems("placed", "status_confirmed", "shipment_created", "shipment_shipped",
                        "shipment_delivered", "status_completed"));
    }

    @Test
    void everyVisibleChangePublishesTheWholeAcpOrderOnceWithTheNextRevision() throws Exception {
        String orderId = confirmedOrder("tote-natural", 1);
        publish(Events.SHIPMENT_CREATED, new ShipmentCreated(orderId, "shp_" + orderId, "shipping",
                List.of(new ShipmentLine("li_1", "tote-natural", "Market Tote", 1, Map.of()))));
        publish(Events.SHIPMENT_SHIPPED, new ShipmentShipped(orderId, "shp_" + orderId, "simulated", "SIM7", null));
        ShipmentDelivered delivered = new ShipmentDelivered(orderId, "shp_" + orderId, null);
        publish(Events.SHIPMENT_DELIVERED, delivered);
        awaitStatus(orderId, "completed");
        publish(Events.SHIPMENT_DELIVERED, delivered);
        agent().get("/orders/{id}/timeline", orderId).then().body("step", hasItem("status_completed"));

        List<OrderUpdated> updates = kafka.eventsAfter(Duration.ofSeconds(2), Events.ORDER_UPDATED,
                e -> e.orderId().equals(orderId));
        assertEquals(List.of("created", "confirmed", "processing", "shipped", "completed"),
                updates.stream().map(OrderUpdated::status).distinct().toList());
        assertEquals(LongStream.rangeClosed(1, updates.size()).boxed().toList(),
                updates.stream().map(OrderUpdated::revision).toList(), "one revision per change, none repeated");
        OrderUpdated last = updates.get(updates.size() - 1);
        assertEquals("status_completed", last.cause());
        assertEquals("ada@example.com", last.customer().email());
        assertEquals("en-US", last.locale());
        order(orderId).then().body("estimated_delivery.earliest", org.hamcrest.Matchers.notNullValue())
                .body("fulfillments[0].estimated_delivery.latest", org.hamcrest.Matchers.notNullValue());
        ObjectMapper json = new ObjectMapper();
        for (OrderUpdated update : updates) {
            AcpSchemas.assertValid("schema.agentic_checkout.json", "Order", json.writeValueAsString(update.order()));
        }
        assertEquals(json.readTree(order(orderId).asString()), json.valueToTree(last.order()),
                "the last snapshot is the order as GET /orders/{id} shows it");
    }

    @Test
    void orderCanceledBeforeAnythingShipsIsCanceledEverywhere() {
        String orderId = confirmedOrder("candle-fig", 1);
        publish(Events.SHIPMENT_CREATED, new ShipmentCreated(orderId, "shp_" + orderId, "shipping",
                List.of(new ShipmentLine("li_1", "candle-fig", "Scented Candle", 1, Map.of()))));
        awaitStatus(orderId, "processing");

        agent().post("/orders/{id}/cancel", orderId).then().statusCode(200)
                .body("status", equalTo("canceled"))
                .body("line_items[0].quantity.current", equalTo(0))
                .body("fulfillments[0].status", equalTo("canceled"))
                .body("adjustments.type", hasItem("cancellation"));
        OrderCanceled canceled = kafka.await(Events.ORDER_CANCELED, e -> e.orderId().equals(orderId), WAIT);
        assertEquals("canceled_on_request", canceled.reason());
        agent().post("/orders/{id}/cancel", orderId).then().statusCode(200).body("status", equalTo("canceled"));
        given().auth().oauth2("local-merchant-token").queryParam("status", "canceled").get("/admin/orders")
                .then().statusCode(200).body("id", hasItem(orderId)).body("status", everyItem(equalTo("canceled")));
        given().auth().oauth2("local-merchant-token").queryParam("status", "lost").get("/admin/orders")
                .then().statusCode(400).body("param", equalTo("status"));
        assertEquals(1, kafka.eventsAfter(Duration.ofSeconds(1), Events.ORDER_CANCELED,
                e -> e.orderId().equals(orderId)).size(), "canceling twice cancels once");
    }

    @Test
    void orderAlreadyShippedCannotBeCanceledAndIsPointedToReturns() {
        String orderId = confirmedOrder("socks-wool", 1);
        publish(Events.SHIPMENT_CREATED, new ShipmentCreated(orderId, "shp_" + orderId, "shipping",
                List.of(new ShipmentLine("li_1", "socks-wool", "Wool Socks", 1, Map.of()))));
        publish(Events.SHIPMENT_SHIPPED, new ShipmentShipped(orderId, "shp_" + orderId, "simulated", "SIM9", null));
        awaitStatus(orderId, "shipped");

        agent().post("/orders/{id}/cancel", orderId).then().statusCode(409)
                .body("code", equalTo("order_not_cancelable"))
                .body("message", org.hamcrest.Matchers.containsString("/returns"));
        order(orderId).then().body("status", equalTo("shipped"));
    }

    @Test
    void disputeSendsTheOrderToManualReviewAndRefundsShowAsAdjustments() {
        String orderId = confirmedOrder("pen-brass", 1);
        publish(Events.REFUND_SUCCEEDED, new RefundSucceeded(orderId, "rf_goodwill_" + orderId, 500, "usd"));
        publish(Events.DISPUTE_OPENED, new DisputeOpened(orderId, "pay_1", 4500, "usd", "fraudulent"));

        awaitStatus(orderId, "manual_review");
        order(orderId).then()
                .body("adjustments.find { it.type == 'refund' }.amount", equalTo(500))
                .body("adjustments.find { it.type == 'refund' }.status", equalTo("completed"))
                .body("adjustments.find { it.type == 'dispute' }.reason", equalTo("fraudulent"));
        agent().post("/orders/{id}/cancel", orderId).then().statusCode(409);
    }

    @Test
    void anotherAgentCannotCancelTheOrder() {
        String orderId = confirmedOrder("notebook-a5", 1);
        given().auth().oauth2("second-agent-token").post("/orders/{id}/cancel", orderId).then().statusCode(404);
        order(orderId).then().body("status", equalTo("confirmed"));
    }

    private String confirmedOrder(String sku, int quantity) {
        String orderId = placeOrder(sku, quantity, "vt_" + UUID.randomUUID().toString().substring(0, 8));
        publish(Events.PAYMENT_AUTHORIZED, new PaymentAuthorized(orderId, "pay_" + orderId, 1000, "usd"));
        publish(Events.INVENTORY_RESERVED, new InventoryReserved(orderId, List.of(new ReservedLine(sku, quantity))));
        awaitStatus(orderId, "confirmed");
        return orderId;
    }

    private <T extends dev.comptoir.contracts.KeyedEvent> void publish(dev.comptoir.contracts.EventType<T> type,
            T event) {
        kafka.publish(type, event, UUID.randomUUID().toString());
    }

    private static void awaitStatus(String orderId, String status) {
        await().atMost(WAIT).untilAsserted(() -> order(orderId).then().body("status", equalTo(status)));
    }

    private static io.restassured.response.Response order(String orderId) {
        return agent().get("/orders/{id}", orderId);
    }
}
