package dev.comptoir.fulfillment.returns;

import static dev.comptoir.fulfillment.TestOrders.confirmed;
import static dev.comptoir.fulfillment.TestOrders.digitalLine;
import static dev.comptoir.fulfillment.TestOrders.merchant;
import static dev.comptoir.fulfillment.TestOrders.newEventId;
import static dev.comptoir.fulfillment.TestOrders.newSku;
import static dev.comptoir.fulfillment.TestOrders.parcelLine;
import static dev.comptoir.fulfillment.TestOrders.placed;
import static dev.comptoir.fulfillment.TestOrders.setStock;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.contracts.Events;
import dev.comptoir.contracts.Topics;
import dev.comptoir.contracts.fulfillment.InventoryLevelChanged;
import dev.comptoir.contracts.fulfillment.ReturnAuthorized;
import dev.comptoir.contracts.fulfillment.ReturnLine;
import dev.comptoir.contracts.fulfillment.ReturnReceived;
import dev.comptoir.contracts.orders.OrderLine;
import dev.comptoir.contracts.orders.ReturnRequested;
import dev.comptoir.fulfillment.shipment.Shipment;
import dev.comptoir.testing.KafkaBrokerResource;
import dev.comptoir.testing.KafkaTestClient;
import dev.comptoir.testing.PostgresDatabaseResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
class ReturnsIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Duration SETTLE = Duration.ofSeconds(1);

    KafkaTestClient kafka;

    @BeforeEach
    void connect() {
        kafka = KafkaTestClient.forApplication(Topics.FULFILLMENT, Topics.INVENTORY);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void returnOfDeliveredGoodsIsAuthorizedWithAnRmaAndALabel() {
        String sku = newSku();
        String orderId = deliveredOrder(parcelLine("li_1", sku, 2));
        String returnId = newReturnId();

        requestReturn(orderId, returnId, "li_1", sku, 1);

        ReturnAuthorized authorized = kafka.await(Events.RETURN_AUTHORIZED, e -> e.returnId().equals(returnId), WAIT);
        assertTrue(authorized.rmaNumber().matches("RMA-[0-9A-F]{10}"), authorized.rmaNumber());
        assertEquals("https://track.example/labels/" + authorized.rmaNumber(), authorized.labelUrl());
        assertEquals(List.of(new ReturnLine("li_1", sku, 1, null)), authorized.lines());
        returns(orderId).body("", hasSize(1)).body("[0].id", equalTo(returnId))
                .body("[0].status", equalTo("authorized")).body("[0].rma_number", equalTo(authorized.rmaNumber()))
                .body("[0].label_url", equalTo(authorized.labelUrl())).body("[0].reason", equalTo("too small"))
                .body("[0].lines[0].id", equalTo("li_1")).body("[0].lines[0].quantity", equalTo(1));
    }

    @Test
    void returnOfGoodsNotYetDeliveredIsRejected() {
        String sku = newSku();
        String orderId = KafkaTestClient.newOrderId();
        kafka.publish(Events.ORDER_CONFIRMED, confirmed(orderId, parcelLine("li_1", sku, 1)), newEventId());
        String shipmentId = kafka.await(Events.SHIPMENT_CREATED, e -> e.orderId().equals(orderId), WAIT).shipmentId();
        String whilePending = newReturnId();
        requestReturn(orderId, whilePending, "li_1", sku, 1);
        assertRejected(whilePending, "not_delivered");

        merchant().post("/shipments/{id}/ship", shipmentId).then().statusCode(200);
        String whileInTransit = newReturnId();
        requestReturn(orderId, whileInTransit, "li_1", sku, 1);
        assertRejected(whileInTransit, "not_delivered");

        String unknownOrder = newReturnId();
        requestReturn(KafkaTestClient.newOrderId(), unknownOrder, "li_1", sku, 1);
        assertRejected(unknownOrder, "not_delivered");
        returns(orderId).body("rejection_reason", equalTo(List.of("not_delivered", "not_delivered")))
                .body("status", equalTo(List.of("rejected", "rejected")));
    }

    @Test
    void returnAfterTheWindowIsRejected() {
        String sku = newSku();
        String orderId = deliveredOrder(parcelLine("li_1", sku, 1));
        QuarkusTransaction.requiringNew().run(() -> Shipment.update("deliveredAt = ?1 where orderId = ?2",
                OffsetDateTime.now().minusDays(31), orderId));

        String returnId = newReturnId();
        requestReturn(orderId, returnId, "li_1", sku, 1);

        assertRejected(returnId, "return_window_expired");
    }

    @Test
    void returnOfMoreThanDeliveredIsRejectedCountingEarlierReturnsOfTheLine() {
        String sku = newSku();
        String orderId = deliveredOrder(parcelLine("li_1", sku, 3));

        String tooMany = newReturnId();
        requestReturn(orderId, tooMany, "li_1", sku, 4);
        assertRejected(tooMany, "quantity_exceeds_delivered");

        String firstTwo = newReturnId();
        requestReturn(orderId, firstTwo, "li_1", sku, 2);
        kafka.await(Events.RETURN_AUTHORIZED, e -> e.returnId().equals(firstTwo), WAIT);
        String twoMore = newReturnId();
        requestReturn(orderId, twoMore, "li_1", sku, 2);
        assertRejected(twoMore, "quantity_exceeds_delivered");
        String theLastOne = newReturnId();
        requestReturn(orderId, theLastOne, "li_1", sku, 1);
        kafka.await(Events.RETURN_AUTHORIZED, e -> e.returnId().equals(theLastOne), WAIT);
    }

    @Test
    void downloadIsNotReturnable() {
        String orderId = KafkaTestClient.newOrderId();
        kafka.publish(Events.ORDER_CONFIRMED, confirmed(orderId, digitalLine("li_1", "ebook", 1)), newEventId());
        kafka.await(Events.SHIPMENT_DELIVERED, e -> e.orderId().equals(orderId), WAIT);

        String returnId = newReturnId();
        requestReturn(orderId, returnId, "li_1", "ebook", 1);

        assertRejected(returnId, "not_returnable");
    }

    @Test
    void returnRequestIsDecidedOnceAndAskingAgainRepeatsTheSameVerdict() {
        String sku = newSku();
        String orderId = deliveredOrder(parcelLine("li_1", sku, 1));
        String returnId = newReturnId();
        ReturnRequested request = new ReturnRequested(orderId, returnId, List.of(new ReturnLine("li_1", sku, 1, null)),
                "too small");
        String eventId = newEventId();
        kafka.publish(Events.RETURN_REQUESTED, request, eventId);
        kafka.publish(Events.RETURN_REQUESTED, request, eventId);
        kafka.publish(Events.RETURN_REQUESTED, request, newEventId());

        kafka.await(Events.RETURN_AUTHORIZED, e -> e.returnId().equals(returnId), WAIT);
        List<ReturnAuthorized> verdicts = kafka.eventsAfter(SETTLE, Events.RETURN_AUTHORIZED,
                e -> e.returnId().equals(returnId));
        assertEquals(2, verdicts.size(), "the redelivery is ignored, the new ask is answered");
        assertEquals(verdicts.get(0), verdicts.get(1), "the same RMA both times");
        assertEquals(List.of(), kafka.eventsAfter(Duration.ZERO, Events.RETURN_REJECTED,
                e -> e.returnId().equals(returnId)));
        returns(orderId).body("", hasSize(1));
    }

    @Test
    void askingAgainAfterTheGoodsCameBackRepeatsTheVerdictAndTheReceipt() {
        String sku = newSku();
        String orderId = deliveredOrder(parcelLine("li_1", sku, 1));
        String returnId = authorizedReturn(orderId, "li_1", sku, 1);
        receive(returnId, item("li_1", 1, "resellable")).statusCode(200);
        ReturnReceived receipt = kafka.await(Events.RETURN_RECEIVED, e -> e.returnId().equals(returnId), WAIT);

        kafka.publish(Events.RETURN_REQUESTED, new ReturnRequested(orderId, returnId,
                List.of(new ReturnLine("li_1", sku, 1, null)), "asked again"), newEventId());

        await().atMost(WAIT).until(() -> kafka.eventsAfter(SETTLE, Events.RETURN_RECEIVED,
                e -> e.returnId().equals(returnId)).size() == 2);
        assertEquals(List.of(receipt, receipt), kafka.eventsAfter(Duration.ZERO, Events.RETURN_RECEIVED,
                e -> e.returnId().equals(returnId)));
        stock(sku).body("on_hand", equalTo(10)).body("available", equalTo(10));
    }

    @Test
    void receivingPutsResellableGoodsBackOnHandAndDamagedOnesNot() {
        String sku = newSku();
        String orderId = deliveredOrder(parcelLine("li_1", sku, 3));
        stock(sku).body("on_hand", equalTo(7)).body("reserved", equalTo(0));
        String returnId = authorizedReturn(orderId, "li_1", sku, 3);

        receive(returnId, item("li_1", 2, "resellable"), item("li_1", 1, "damaged")).statusCode(200)
                .body("status", equalTo("received")).body("received_at", notNullValue())
                .body("received.condition", equalTo(List.of("resellable", "damaged")))
                .body("received.quantity", equalTo(List.of(2, 1)));

        ReturnReceived received = kafka.await(Events.RETURN_RECEIVED, e -> e.returnId().equals(returnId), WAIT);
        assertEquals(List.of(new ReturnLine("li_1", sku, 2, "resellable"), new ReturnLine("li_1", sku, 1, "damaged")),
                received.lines());
        kafka.await(Events.INVENTORY_LEVEL_CHANGED, new InventoryLevelChanged(sku, 9, 0, 9)::equals, WAIT);
        stock(sku).body("on_hand", equalTo(9)).body("available", equalTo(9));

        receive(returnId, item("li_1", 2, "resellable"), item("li_1", 1, "damaged")).statusCode(200);
        receive(returnId, item("li_1", 3, "resellable")).statusCode(409).body("code", equalTo("invalid_state"));
        assertEquals(1, kafka.eventsAfter(SETTLE, Events.RETURN_RECEIVED, e -> e.returnId().equals(returnId))
                .size());
        stock(sku).body("on_hand", equalTo(9));
        returns(orderId).body("[0].status", equalTo("received"));
    }

    @Test
    void receivingTakesOnlyWhatWasAuthorizedAndOnlyForAnAuthorizedReturn() {
        String sku = newSku();
        String orderId = deliveredOrder(parcelLine("li_1", sku, 2), parcelLine("li_2", newSku(), 1));
        String returnId = authorizedReturn(orderId, "li_1", sku, 1);

        receive(returnId, item("li_1", 2, "resellable")).statusCode(400)
                .body("code", equalTo("quantity_exceeds_authorized"))
                .body("param", equalTo("$.line_items[0].quantity"));
        receive(returnId, item("li_1", 1, "resellable"), item("li_2", 1, "resellable")).statusCode(400)
                .body("param", equalTo("$.line_items[1].id"));
        receive(returnId, item("li_1", 1, "mint")).statusCode(400).body("param", equalTo("$.line_items[0].condition"));
        merchant().contentType("application/json").body(Map.of()).post("/returns/{id}/receive", returnId).then()
                .statusCode(400).body("param", equalTo("$.line_items"));
        merchant().contentType("application/json").body("{\"line_items\": 3}").post("/returns/{id}/receive", returnId)
                .then().statusCode(400).body("code", equalTo("invalid_json"));
        returns(orderId).body("[0].status", equalTo("authorized"));

        String rejected = newReturnId();
        requestReturn(orderId, rejected, "li_1", sku, 5);
        assertRejected(rejected, "quantity_exceeds_delivered");
        receive(rejected, item("li_1", 1, "resellable")).statusCode(409).body("code", equalTo("invalid_state"));
        receive("ret_unknown", item("li_1", 1, "resellable")).statusCode(404).body("code", equalTo("not_found"));
        assertEquals(List.of(), kafka.eventsAfter(SETTLE, Events.RETURN_RECEIVED, e -> e.orderId().equals(orderId)));
    }

    @Test
    void returnsAreForTheMerchantOnly() {
        given().auth().oauth2("local-agent-token").get("/returns?order_id=ord_x").then().statusCode(401);
        given().contentType("application/json").body(Map.of()).post("/returns/{id}/receive", "ret_x").then()
                .statusCode(401);
        merchant().get("/returns").then().statusCode(400).body("param", equalTo("order_id"));
    }

    /** An order whose parcel reached the buyer, its stock 10 on hand before. */
    private String deliveredOrder(OrderLine... lines) {
        for (OrderLine line : lines) {
            setStock(line.sku(), 10);
        }
        String orderId = KafkaTestClient.newOrderId();
        kafka.publish(Events.ORDER_PLACED, placed(orderId, lines), newEventId());
        kafka.await(Events.INVENTORY_RESERVED, e -> e.orderId().equals(orderId), WAIT);
        kafka.publish(Events.ORDER_CONFIRMED, confirmed(orderId, lines), newEventId());
        String shipmentId = kafka.await(Events.SHIPMENT_CREATED, e -> e.orderId().equals(orderId), WAIT).shipmentId();
        merchant().post("/shipments/{id}/ship", shipmentId).then().statusCode(200);
        merchant().post("/shipments/{id}/deliver", shipmentId).then().statusCode(200);
        return orderId;
    }

    private String authorizedReturn(String orderId, String lineId, String sku, int quantity) {
        String returnId = newReturnId();
        requestReturn(orderId, returnId, lineId, sku, quantity);
        kafka.await(Events.RETURN_AUTHORIZED, e -> e.returnId().equals(returnId), WAIT);
        return returnId;
    }

    private void requestReturn(String orderId, String returnId, String lineId, String sku, int quantity) {
        kafka.publish(Events.RETURN_REQUESTED, new ReturnRequested(orderId, returnId,
                List.of(new ReturnLine(lineId, sku, quantity, null)), "too small"), newEventId());
    }

    private void assertRejected(String returnId, String reason) {
        assertEquals(reason, kafka.await(Events.RETURN_REJECTED, e -> e.returnId().equals(returnId), WAIT).reason());
    }

    private static String newReturnId() {
        return "ret_" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    }

    private static Map<String, Object> item(String id, int quantity, String condition) {
        return Map.of("id", id, "quantity", quantity, "condition", condition);
    }

    @SafeVarargs
    private static ValidatableResponse receive(String returnId, Map<String, Object>... items) {
        return merchant().contentType("application/json").body(Map.of("line_items", List.of(items)))
                .post("/returns/{id}/receive", returnId).then();
    }

    private static ValidatableResponse returns(String orderId) {
        return merchant().get("/returns?order_id={id}", orderId).then().statusCode(200);
    }

    private static ValidatableResponse stock(String sku) {
        return merchant().get("/stock/{sku}", sku).then().statusCode(200);
    }
}
