package dev.comptoir.orders.checkout;

import static dev.comptoir.orders.AgentRequests.agent;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.testing.AcpSchemas;
import dev.comptoir.testing.KafkaBrokerResource;
import dev.comptoir.testing.PostgresDatabaseResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
class ShippingAndTaxIT {
    private static final String SCHEMA = "schema.agentic_checkout.json";

    @Test
    void yenCartIsPricedInWholeYenWithInternationalShippingAndTaxOnShipping() {
        String body = agent().body(Map.of("currency", "jpy", "line_items", List.of(Map.of("id", "mug-black")),
                        "fulfillment_details", details(address("Tokyo", "Tokyo", "JP", "100-0001"))))
                .post("/checkout_sessions")
                .then().statusCode(201)
                .body("status", equalTo("ready_for_payment"))
                .body("currency", equalTo("jpy"))
                .body("line_items[0].unit_amount", equalTo(2800))
                .extract().asString();
        AcpSchemas.assertValid(SCHEMA, "CheckoutSession", body);
        Map<String, Integer> totals = DiscountCodesIT.totals(body);
        assertEquals(700 + 1500, totals.get("fulfillment"), "JPY 700 standard + JPY 1500 abroad");
        assertEquals(280 + 220, totals.get("tax"), "10% of the item and of the shipping");
        assertEquals(2800 + 2200 + 500, totals.get("total"));
    }

    @Test
    void shippingOptionsCarryTheirDeliveryWindow() {
        String body = agent().body(dev.comptoir.orders.AgentRequests.createSession("poster-night-sky", 1))
                .post("/checkout_sessions")
                .then().statusCode(201)
                .body("fulfillment_options.id", equalTo(List.of("ship_standard", "ship_express")))
                .body("fulfillment_groups[0].destination_type", equalTo("shipping"))
                .extract().asString();
        JsonPath json = JsonPath.from(body);
        OffsetDateTime standardEarliest = OffsetDateTime.parse(json.getString("fulfillment_options[0].earliest_delivery_time"));
        OffsetDateTime standardLatest = OffsetDateTime.parse(json.getString("fulfillment_options[0].latest_delivery_time"));
        OffsetDateTime expressLatest = OffsetDateTime.parse(json.getString("fulfillment_options[1].latest_delivery_time"));
        assertTrue(standardEarliest.isAfter(OffsetDateTime.now().minusDays(1)));
        assertTrue(standardEarliest.isBefore(standardLatest));
        assertTrue(!expressLatest.isAfter(standardEarliest), "express arrives before standard can");
    }

    @Test
    void countryNotShippedToBlocksPaymentAndSaysWhereWeShip() {
        String body = agent().body(Map.of("line_items", List.of(Map.of("id", "mug-black")),
                        "fulfillment_details", details(address("Sao Paulo", "SP", "BR", "01000-000"))))
                .post("/checkout_sessions")
                .then().statusCode(201)
                .body("status", equalTo("not_ready_for_payment"))
                .body("messages.find { it.code == 'region_restricted' }.param",
                        equalTo("$.fulfillment_details.address.country"))
                .body("messages.find { it.code == 'region_restricted' }.resolution", equalTo("requires_buyer_input"))
                .body("fulfillment_options.size()", equalTo(0))
                .extract().asString();
        AcpSchemas.assertValid(SCHEMA, "CheckoutSession", body);
    }

    @Test
    void quantityAboveTheProductLimitIsAnErrorTheAgentCanFix() {
        String sessionId = agent().body(Map.of("line_items", List.of(Map.of("id", "coffee-250g", "quantity", 7)),
                        "fulfillment_details", details(dev.comptoir.orders.AgentRequests.address())))
                .post("/checkout_sessions")
                .then().statusCode(201)
                .body("status", equalTo("not_ready_for_payment"))
                .body("line_items[0].max_quantity_per_order", equalTo(6))
                .body("messages.find { it.code == 'quantity_exceeded' }.param", equalTo("$.line_items[0].quantity"))
                .body("messages.find { it.code == 'quantity_exceeded' }.resolution", equalTo("recoverable"))
                .extract().path("id");
        agent().body(Map.of("line_items", List.of(Map.of("id", "coffee-250g", "quantity", 6))))
                .post("/checkout_sessions/{id}", sessionId)
                .then().statusCode(200).body("status", equalTo("ready_for_payment"));
    }

    @Test
    void digitalGoodsNeedNoAddressAndFormTheirOwnFulfillmentGroup() {
        String body = agent().body(Map.of("line_items", List.of(Map.of("id", "ebook-brewing")),
                        "buyer", Map.of("email", "ada@example.com")))
                .post("/checkout_sessions")
                .then().statusCode(201)
                .body("status", equalTo("ready_for_payment"))
                .body("fulfillment_groups.destination_type", equalTo(List.of("digital")))
                .body("fulfillment_options[0].type", equalTo("digital"))
                .body("selected_fulfillment_options[0].option_id", equalTo("digital_delivery"))
                .body("totals.find { it.type == 'fulfillment' }.amount", equalTo(0))
                .extract().asString();
        AcpSchemas.assertValid(SCHEMA, "CheckoutSession", body);

        String mixed = agent().body(Map.of("line_items", List.of(Map.of("id", "ebook-brewing"),
                        Map.of("id", "mug-white")), "fulfillment_details",
                        details(dev.comptoir.orders.AgentRequests.address())))
                .post("/checkout_sessions")
                .then().statusCode(201)
                .body("fulfillment_groups.destination_type", equalTo(List.of("shipping", "digital")))
                .body("fulfillment_groups[0].item_ids", equalTo(List.of("li_2")))
                .body("selected_fulfillment_options.option_id", hasItem("digital_delivery"))
                .body("line_items[1].weight.value", notNullValue())
                .extract().asString();
        AcpSchemas.assertValid(SCHEMA, "CheckoutSession", mixed);
    }

    @Test
    void unsupportedCurrencyIsRefusedWithTheCurrenciesWeSellIn() {
        agent().body(Map.of("currency", "chf", "line_items", List.of(Map.of("id", "mug-black"))))
                .post("/checkout_sessions")
                .then().statusCode(400)
                .body("code", equalTo("unsupported_currency"))
                .body("param", equalTo("$.currency"));
    }

    private static Map<String, Object> address(String city, String state, String country, String postalCode) {
        return Map.of("name", "Ada Lovelace", "line_one", "1 Test Street", "city", city, "state", state,
                "country", country, "postal_code", postalCode);
    }

    private static Map<String, Object> details(Map<String, Object> address) {
        return Map.of("name", "Ada Lovelace", "email", "ada@example.com", "address", address);
    }
}
