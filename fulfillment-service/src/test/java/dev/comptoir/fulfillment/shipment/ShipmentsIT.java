package dev.comptoir.fulfillment.shipment;

import static dev.comptoir.fulfillment.TestOrders.confirmed;
import static dev.comptoir.fulfillment.TestOrders.digitalLine;
import static dev.comptoir.fulfillment.TestOrders.merchant;
import static dev.comptoir.fulfillment.TestOrders.newEventId;
import static dev.comptoir.fulfillment.TestOrders.newSku;
import static dev.comptoir.fulfillment.TestOrders.parcelLine;
import static dev.comptoir.fulfillment.TestOrders.placed;
import static dev.comptoir.fulfillment.TestOrders.setStock;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.contracts.Events;
import dev.comptoir.contracts.Topics;
import dev.comptoir.contracts.fulfillment.ShipmentCreated;
import dev.comptoir.contracts.fulfillment.ShipmentDelivered;
import dev.comptoir.contracts.fulfillment.ShipmentLine;
import dev.comptoir.contracts.fulfillment.ShipmentShipped;
import dev.comptoir.contracts.orders.OrderCanceled;
import dev.comptoir.contracts.orders.OrderConfirmed;
import dev.comptoir.contracts.orders.OrderLine;
import dev.comptoir.fulfillment.TestOrders;
import dev.comptoir.testing.KafkaBrokerResource;
import dev.comptoir.testing.KafkaTestClient;
import dev.comptoir.testing.PostgresDatabaseResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
class ShipmentsIT {
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
    void confirmedOrderBecomesOneShipmentPerFulfillmentGroupAndTheDownloadIsDeliveredAtOnce() {
        String orderId = KafkaTestClient.newOrderId();
        kafka.publish(Events.ORDER_CONFIRMED, confirmed(orderId, parcelLine("li_1", "mug-black", 2),
                digitalLine("li_2", "ebook-tea", 1), parcelLine("li_3", "tee-white-m", 1)), newEventId());

        ShipmentCreated parcel = awaitCreated(orderId, "shipping");
        ShipmentCreated download = awaitCreated(orderId, "digital");
        assertEquals(List.of("li_1", "li_3"), parcel.lines().stream().map(ShipmentLine::lineId).toList());
        assertEquals(List.of(new ShipmentLine("li_2", "ebook-tea", "Download ebook-tea", 1, Map.of())),
                download.lines());

        ShipmentDelivered delivered = kafka.await(Events.SHIPMENT_DELIVERED,
                e -> e.shipmentId().equals(download.shipmentId()), WAIT);
        assertTrue(delivered.downloadUrl().matches("http://localhost:8080/downloads/[0-9a-f]{48}"),
                delivered.downloadUrl());
        assertEquals(List.of(), kafka.eventsAfter(SETTLE, Events.SHIPMENT_DELIVERED,
                e -> e.shipmentId().equals(parcel.shipmentId())));

        shipments(orderId).body("", hasSize(2))
                .body("find { it.id == '%s' }.status".formatted(parcel.shipmentId()), equalTo("pending"))
                .body("find { it.id == '%s' }.method".formatted(parcel.shipmentId()), equalTo("shipping"))
                .body("find { it.id == '%s' }.lines.id".formatted(parcel.shipmentId()),
                        equalTo(List.of("li_1", "li_3")))
                .body("find { it.id == '%s' }.lines[0].quantity".formatted(parcel.shipmentId()), equalTo(2))
                .body("find { it.id == '%s' }.status".formatted(download.shipmentId()), equalTo("delivered"))
                .body("find { it.id == '%s' }.download_url".formatted(download.shipmentId()),
                        equalTo(delivered.downloadUrl()))
                .body("find { it.id == '%s' }.delivered_at".formatted(download.shipmentId()), notNullValue());
    }

    @Test
    void pickListCarriesEachLinesCustomizations() {
        String orderId = KafkaTestClient.newOrderId();
        OrderLine engraved = new OrderLine("li_1", "mug-engraved", "Engraved mug", 1, 1800, 1800, false,
                Map.of("engraving", "For Ada"));
        kafka.publish(Events.ORDER_CONFIRMED, confirmed(orderId, engraved, parcelLine("li_2", "mug-black", 1)),
                newEventId());

        ShipmentCreated parcel = awaitCreated(orderId, "shipping");
        assertEquals(new ShipmentLine("li_1", "mug-engraved", "Engraved mug", 1, Map.of("engraving", "For Ada")),
                parcel.lines().get(0));
        shipments(orderId).body("[0].lines[0].customizations.engraving", equalTo("For Ada"))
                .body("[0].lines[1].customizations", equalTo(Map.of()));
    }

    @Test
    void redeliveredConfirmationCreatesNothingTwice() {
        String orderId = KafkaTestClient.newOrderId();
        OrderConfirmed order = confirmed(orderId, parcelLine("li_1", "mug-black", 1), digitalLine("li_2", "ebook", 1));
        String eventId = newEventId();
        kafka.publish(Events.ORDER_CONFIRMED, order, eventId);
        kafka.publish(Events.ORDER_CONFIRMED, order, eventId);
        // orders-service publishing it again, under a new event id.
        kafka.publish(Events.ORDER_CONFIRMED, order, newEventId());

        awaitCreated(orderId, "digital");
        assertEquals(2, kafka.eventsAfter(SETTLE, Events.SHIPMENT_CREATED, e -> e.orderId().equals(orderId)).size());
        assertEquals(1, kafka.eventsAfter(Duration.ZERO, Events.SHIPMENT_DELIVERED,
                e -> e.orderId().equals(orderId)).size());
        shipments(orderId).body("", hasSize(2));
    }

    @Test
    void warehouseShipsWithItsCarrierAndDeliversEachOnceTakingTheGoodsOffHand() {
        String sku = newSku();
        setStock(sku, 5);
        String orderId = KafkaTestClient.newOrderId();
        OrderLine line = parcelLine("li_1", sku, 2);
        kafka.publish(Events.ORDER_PLACED, placed(orderId, line), newEventId());
        kafka.await(Events.INVENTORY_RESERVED, e -> e.orderId().equals(orderId), WAIT);
        kafka.publish(Events.ORDER_CONFIRMED, confirmed(orderId, line), newEventId());
        String shipmentId = awaitCreated(orderId, "shipping").shipmentId();

        ship(shipmentId, Map.of("carrier", "ups", "tracking_number", "1Z999AA10123456784")).statusCode(200)
                .body("status", equalTo("shipped")).body("carrier", equalTo("ups"))
                .body("tracking_number", equalTo("1Z999AA10123456784")).body("shipped_at", notNullValue());
        ShipmentShipped shipped = kafka.await(Events.SHIPMENT_SHIPPED, e -> e.shipmentId().equals(shipmentId), WAIT);
        assertEquals(new ShipmentShipped(orderId, shipmentId, "ups", "1Z999AA10123456784", null), shipped);
        ship(shipmentId, Map.of()).statusCode(200).body("carrier", equalTo("ups"));
        stock(sku).body("on_hand", equalTo(3)).body("reserved", equalTo(0)).body("available", equalTo(3));

        deliver(shipmentId).statusCode(200).body("status", equalTo("delivered")).body("delivered_at", notNullValue());
        ShipmentDelivered delivered = kafka.await(Events.SHIPMENT_DELIVERED,
                e -> e.shipmentId().equals(shipmentId), WAIT);
        assertNull(delivered.downloadUrl());
        deliver(shipmentId).statusCode(200);

        assertEquals(1, kafka.eventsAfter(SETTLE, Events.SHIPMENT_SHIPPED,
                e -> e.shipmentId().equals(shipmentId)).size());
        assertEquals(1, kafka.eventsAfter(Duration.ZERO, Events.SHIPMENT_DELIVERED,
                e -> e.shipmentId().equals(shipmentId)).size());
        stock(sku).body("on_hand", equalTo(3)).body("reserved", equalTo(0));
    }

    @Test
    void shippingWithoutTrackingHandsTheParcelToTheSimulatedCarrier() {
        String shipmentId = newParcel();

        merchant().post("/shipments/{id}/ship", shipmentId).then().statusCode(200)
                .body("carrier", equalTo("simulated"))
                .body("tracking_number", matchesPattern("SIM\\d{12}"))
                .body("tracking_url", matchesPattern("https://track\\.example/SIM\\d{12}"));
        ShipmentShipped shipped = kafka.await(Events.SHIPMENT_SHIPPED, e -> e.shipmentId().equals(shipmentId), WAIT);
        assertEquals("https://track.example/" + shipped.trackingNumber(), shipped.trackingUrl());

        String another = newParcel();
        ship(another, Map.of()).statusCode(200).body("carrier", equalTo("simulated"));
        merchant().contentType("application/json").body("{\"carrier\": null}").post("/shipments/{id}/ship", another)
                .then().statusCode(200);
    }

    @Test
    void illegalMovesAreConflictsAndChangeNothing() {
        String shipmentId = newParcel();
        deliver(shipmentId).statusCode(409).body("type", equalTo("invalid_request"))
                .body("code", equalTo("invalid_state"));

        ship(shipmentId, Map.of()).statusCode(200);
        deliver(shipmentId).statusCode(200);
        ship(shipmentId, Map.of()).statusCode(409).body("code", equalTo("invalid_state"))
                .body("message", matchesPattern(".*delivered.*"));
        assertEquals(1, kafka.eventsAfter(SETTLE, Events.SHIPMENT_SHIPPED,
                e -> e.shipmentId().equals(shipmentId)).size());
    }

    @Test
    void carrierAndTrackingNumberComeTogether() {
        String shipmentId = newParcel();
        ship(shipmentId, Map.of("carrier", "ups")).statusCode(400).body("param", equalTo("$.tracking_number"));
        ship(shipmentId, Map.of("tracking_number", "1Z")).statusCode(400).body("param", equalTo("$.carrier"));
        ship(shipmentId, Map.of("carrier", "ups", "tracking_number", "x".repeat(101))).statusCode(400)
                .body("code", equalTo("invalid"));
        merchant().get("/shipments").then().statusCode(400).body("param", equalTo("order_id"));
        shipmentsOf(shipmentId).body("status", equalTo("pending"));
    }

    @Test
    void unknownShipmentIsNotFound() {
        ship("shp_nope", Map.of()).statusCode(404).body("code", equalTo("not_found"));
        deliver("shp_nope").statusCode(404).body("code", equalTo("not_found"));
    }

    @Test
    void cancellationBeforeShippingCancelsTheParcelAndKeepsTheDownload() {
        String orderId = KafkaTestClient.newOrderId();
        kafka.publish(Events.ORDER_CONFIRMED, confirmed(orderId, parcelLine("li_1", "mug-black", 1),
                digitalLine("li_2", "ebook", 1)), newEventId());
        String parcelId = awaitCreated(orderId, "shipping").shipmentId();
        String downloadId = awaitCreated(orderId, "digital").shipmentId();

        kafka.publish(Events.ORDER_CANCELED, new OrderCanceled(orderId, "canceled_by_buyer", TestOrders.CUSTOMER, null),
                newEventId());

        awaitStatus(orderId, parcelId, "canceled");
        shipments(orderId).body("find { it.id == '%s' }.status".formatted(downloadId), equalTo("delivered"))
                .body("find { it.id == '%s' }.canceled_at".formatted(parcelId), notNullValue());
        ship(parcelId, Map.of()).statusCode(409);
        assertEquals(List.of(), kafka.eventsAfter(SETTLE, Events.SHIPMENT_SHIPPED, e -> e.orderId().equals(orderId)));
    }

    @Test
    void cancellationAfterShippingLeavesTheParcelGoing() {
        String shipmentId = newParcel();
        ship(shipmentId, Map.of()).statusCode(200);
        String orderId = shipmentOrder(shipmentId);

        kafka.publish(Events.ORDER_CANCELED, new OrderCanceled(orderId, "canceled_by_buyer", TestOrders.CUSTOMER, null),
                newEventId());
        // A later event of the same order (same partition) is handled after the cancellation: its answer marks it done.
        kafka.publish(Events.ORDER_PLACED, placed(orderId, parcelLine("li_1", newSku(), 1)), newEventId());
        kafka.await(Events.INVENTORY_SHORTAGE, e -> e.orderId().equals(orderId), WAIT);

        shipmentsOf(shipmentId).body("status", equalTo("shipped")).body("canceled_at", nullValue());
    }

    @Test
    void shipmentsAreForTheMerchantOnly() {
        given().auth().oauth2("local-agent-token").get("/shipments?order_id=ord_x").then().statusCode(401);
        given().post("/shipments/{id}/ship", "shp_x").then().statusCode(401);
    }

    private String newParcel() {
        String orderId = KafkaTestClient.newOrderId();
        kafka.publish(Events.ORDER_CONFIRMED, confirmed(orderId, parcelLine("li_1", "mug-black", 1)), newEventId());
        return awaitCreated(orderId, "shipping").shipmentId();
    }

    private ShipmentCreated awaitCreated(String orderId, String method) {
        return kafka.await(Events.SHIPMENT_CREATED, e -> e.orderId().equals(orderId) && e.method().equals(method),
                WAIT);
    }

    private void awaitStatus(String orderId, String shipmentId, String status) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!status.equals(shipments(orderId).extract()
                .path("find { it.id == '%s' }.status".formatted(shipmentId)))) {
            assertTrue(System.nanoTime() < deadline, "shipment " + shipmentId + " never became " + status);
            kafka.eventsAfter(Duration.ofMillis(200), Events.SHIPMENT_CREATED, e -> false);
        }
    }

    private String shipmentOrder(String shipmentId) {
        return kafka.await(Events.SHIPMENT_CREATED, e -> e.shipmentId().equals(shipmentId), WAIT).orderId();
    }

    private ValidatableResponse shipmentsOf(String shipmentId) {
        ValidatableResponse all = shipments(shipmentOrder(shipmentId));
        return all.rootPath("find { it.id == '%s' }".formatted(shipmentId));
    }

    private static ValidatableResponse shipments(String orderId) {
        return merchant().get("/shipments?order_id={id}", orderId).then().statusCode(200);
    }

    private static ValidatableResponse ship(String shipmentId, Map<String, String> body) {
        return merchant().contentType("application/json").body(body).post("/shipments/{id}/ship", shipmentId).then();
    }

    private static ValidatableResponse deliver(String shipmentId) {
        return merchant().post("/shipments/{id}/deliver", shipmentId).then();
    }

    private static ValidatableResponse stock(String sku) {
        return merchant().get("/stock/{sku}", sku).then().statusCode(200);
    }
}
