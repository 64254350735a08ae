package dev.comptoir.fulfillment.stock;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.comptoir.contracts.Events;
import dev.comptoir.contracts.Topics;
import dev.comptoir.contracts.fulfillment.InventoryReserved;
import dev.comptoir.contracts.fulfillment.InventoryShortage;
import dev.comptoir.contracts.orders.Address;
import dev.comptoir.contracts.orders.Customer;
import dev.comptoir.contracts.orders.OrderCanceled;
import dev.comptoir.contracts.orders.OrderLine;
import dev.comptoir.contracts.orders.OrderPlaced;
import dev.comptoir.testing.KafkaBrokerResource;
import dev.comptoir.testing.KafkaTestClient;
import dev.comptoir.testing.PostgresDatabaseResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
class StockReservationIT {
    private static final Duration WAIT = Duration.ofSeconds(20);

    KafkaTestClient kafka;

    @BeforeEach
    void connect() {
        kafka = KafkaTestClient.forApplication(Topics.FULFILLMENT);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void placedOrderReservesItsStockOnceAndCancellationReleasesIt() {
        String sku = newSku();
        setStock(sku, 5);
        String orderId = KafkaTestClient.newOrderId();
        OrderPlaced placed = orderPlaced(orderId, new OrderLine("li_1", sku, "Mug", 2, 1000, 2000, false, Map.of()));
        String eventId = UUID.randomUUID().toString();
        kafka.publish(Events.ORDER_PLACED, placed, eventId);
        kafka.publish(Events.ORDER_PLACED, placed, eventId);

        InventoryReserved reserved = kafka.await(Events.INVENTORY_RESERVED, e -> e.orderId().equals(orderId), WAIT);
        assertEquals(2, reserved.lines().get(0).quantity());
        assertEquals(1, kafka.eventsAfter(Duration.ofSeconds(1), Events.INVENTORY_RESERVED,
                e -> e.orderId().equals(orderId)).size());
        stock(sku).body("on_hand", equalTo(5)).body("reserved", equalTo(2)).body("available", equalTo(3));

        kafka.publish(Events.ORDER_CANCELED, new OrderCanceled(orderId, "payment_failed", placed.customer(), "card_declined"),
                UUID.randomUUID().toString());
        kafka.await(Events.INVENTORY_RELEASED, e -> e.orderId().equals(orderId), WAIT);
        stock(sku).body("reserved", equalTo(0)).body("available", equalTo(5));
    }

    @Test
    void shortageOfOneLineReservesNothingForTheOrder() {
        String plenty = newSku();
        String scarce = newSku();
        setStock(plenty, 10);
        setStock(scarce, 1);
        String orderId = KafkaTestClient.newOrderId();
        kafka.publish(Events.ORDER_PLACED, orderPlaced(orderId,
                new OrderLine("li_1", plenty, "Tee", 1, 1500, 1500, false, Map.of()),
                new OrderLine("li_2", scarce, "Poster", 2, 900, 1800, false, Map.of())), UUID.randomUUID().toString());

        InventoryShortage shortage = kafka.await(Events.INVENTORY_SHORTAGE, e -> e.orderId().equals(orderId), WAIT);
        assertEquals(List.of(scarce), shortage.skus());
        stock(plenty).body("reserved", equalTo(0));
        stock(scarce).body("reserved", equalTo(0));
    }

    @Test
    void stockCannotBeSetBelowWhatOrdersHold() {
        String sku = newSku();
        setStock(sku, 3);
        String orderId = KafkaTestClient.newOrderId();
        kafka.publish(Events.ORDER_PLACED, orderPlaced(orderId,
                new OrderLine("li_1", sku, "Mug", 3, 1000, 3000, false, Map.of())),
                UUID.randomUUID().toString());
        kafka.await(Events.INVENTORY_RESERVED, e -> e.orderId().equals(orderId), WAIT);

        given().auth().oauth2("local-merchant-token").contentType("application/json").body(Map.of("on_hand", 2))
                .put("/stock/{sku}", sku)
                .then().statusCode(409).body("code", equalTo("below_reserved"));
        given().auth().oauth2("local-merchant-token").contentType("application/json").body(Map.of("on_hand", -1))
                .put("/stock/{sku}", sku)
                .then().statusCode(400).body("param", equalTo("on_hand"));
    }

    @Test
    void stockIsForTheMerchantOnly() {
        given().auth().oauth2("local-agent-token").get("/stock/{sku}", "anything").then().statusCode(401);
        given().auth().oauth2("local-merchant-token").get("/stock/{sku}", "no-such-sku").then().statusCode(404)
                .body("code", equalTo("not_found"));
    }

    private static void setStock(String sku, int onHand) {
        given().auth().oauth2("local-merchant-token").contentType("application/json")
                .body(Map.of("on_hand", onHand))
                .put("/stock/{sku}", sku)
                .then().statusCode(200).body("on_hand", equalTo(onHand));
    }

    private static io.restassured.response.ValidatableResponse stock(String sku) {
        return given().auth().oauth2("local-merchant-token").get("/stock/{sku}", sku).then().statusCode(200);
    }

    private static String newSku() {
        return "sku-" + UUID.randomUUID().toString().substring(0, 8);
    }


    private static OrderPlaced orderPlaced(String orderId, OrderLine... lines) {
        long total = List.of(lines).stream().mapToLong(OrderLine::total).sum();
        return new OrderPlaced(orderId, "cs_" + orderId, "test-agent", "usd", List.of(lines), total, 0, 0, 0, total,
                new Customer("Ada Lovelace", "ada@example.com"),
                new Address("Ada Lovelace", "1 Chat Road", null, "San Francisco", "CA", "US", "94131"), "en-US");
    }
}
