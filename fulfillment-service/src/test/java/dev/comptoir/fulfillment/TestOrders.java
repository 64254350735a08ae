package dev.comptoir.fulfillment;

import static io.restassured.RestAssured.given;

import dev.comptoir.contracts.orders.Address;
import dev.comptoir.contracts.orders.Customer;
import dev.comptoir.contracts.orders.OrderConfirmed;
import dev.comptoir.contracts.orders.OrderLine;
import dev.comptoir.contracts.orders.OrderPlaced;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Orders as orders-service publishes them, and the warehouse's requests. */
public final class TestOrders {
    public static final Customer CUSTOMER = new Customer("Ada Lovelace", "ada@example.com");

    private TestOrders() {
    }

    public static OrderLine parcelLine(String lineId, String sku, int quantity) {
        return new OrderLine(lineId, sku, "Item " + sku, quantity, 1000, 1000L * quantity, false, Map.of());
    }

    public static OrderLine digitalLine(String lineId, String sku, int quantity) {
        return new OrderLine(lineId, sku, "Download " + sku, quantity, 500, 500L * quantity, true, Map.of());
    }

    public static OrderPlaced placed(String orderId, OrderLine... lines) {
        long total = List.of(lines).stream().mapToLong(OrderLine::total).sum();
        return new OrderPlaced(orderId, "cs_" + orderId, "test-agent", "usd", List.of(lines), total, 0, 0, 0, total,
                CUSTOMER, new Address("Ada Lovelace", "1 Chat Road", null, "San Francisco", "CA", "US", "94131"),
                "en-US");
    }

    public static OrderConfirmed confirmed(String orderId, OrderLine... lines) {
        return new OrderConfirmed(orderId, CUSTOMER, "usd", List.of(lines),
                List.of(lines).stream().mapToLong(OrderLine::total).sum());
    }

    public static String newSku() {
        return "sku-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String newEventId() {
        return UUID.randomUUID().toString();
    }

    public static RequestSpecification merchant() {
        return given().auth().oauth2("local-merchant-token");
    }

    public static void setStock(String sku, int onHand) {
        merchant().contentType("application/json").body(Map.of("on_hand", onHand)).put("/stock/{sku}", sku)
                .then().statusCode(200);
    }
}
