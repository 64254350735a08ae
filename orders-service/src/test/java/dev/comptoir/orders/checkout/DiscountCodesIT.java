package dev.comptoir.orders.checkout;

import static dev.comptoir.orders.AgentRequests.agent;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.comptoir.orders.AgentRequests;
import dev.comptoir.testing.AcpSchemas;
import dev.comptoir.testing.KafkaBrokerResource;
import dev.comptoir.testing.PostgresDatabaseResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The discount extension with the demo coupons: WELCOME10 (10 %), SAVE5 (USD 5), SUMMER25 (expired). */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
class DiscountCodesIT {
    private static final String SCHEMA = "schema.agentic_checkout.json";

    @Test
    void percentageCodeDiscountsEveryLineAndTheTotalsStillAddUp() {
        String body = agent().body(withCodes(AgentRequests.createSession("mug-black", 2), List.of("welcome10")))
                .post("/checkout_sessions")
                .then().statusCode(201)
                .body("status", equalTo("ready_for_payment"))
                .body("discounts.codes", equalTo(List.of("welcome10")))
                .body("discounts.applied[0].code", equalTo("WELCOME10"))
                .body("discounts.applied[0].coupon.percent_off", equalTo(10))
                .body("discounts.applied[0].amount", equalTo(360))
                .body("discounts.applied[0].allocations[0].path", equalTo("$.line_items[0]"))
                .body("line_items[0].discount_details[0].type", equalTo("percentage"))
                .body("capabilities.extensions.name", hasItem("discount"))
                .extract().asString();
        AcpSchemas.assertValid(SCHEMA, "CheckoutSession", body);
        Map<String, Integer> totals = totals(body);
        assertEquals(3600, totals.get("items_base_amount"));
        assertEquals(360, totals.get("items_discount"));
        assertEquals(3240, totals.get("subtotal"));
        assertEquals(235, totals.get("tax"), "7.25% of the discounted 3240");
        assertEquals(totals.get("subtotal") - totals.get("discount") + totals.get("fulfillment") + totals.get("tax"),
                totals.get("total"));
    }

    @Test
    void fixedCodeIsAnOrderDiscountAndBadCodesAreWarningsThatDoNotTellExpiredFromUnknown() {
        String sessionId = agent().body(AgentRequests.createSession("tee-white-m", 1)).post("/checkout_sessions")
                .then().statusCode(201).extract().path("id");
        String body = agent().body(Map.of("discounts", Map.of("codes", List.of("SAVE5", "SUMMER25", "NOSUCHCODE"))))
                .post("/checkout_sessions/{id}", sessionId)
                .then().statusCode(200)
                .body("status", equalTo("ready_for_payment"))
                .body("discounts.applied.code", equalTo(List.of("SAVE5")))
                .body("discounts.applied[0].method", equalTo("across"))
                .body("discounts.rejected.reason", equalTo(List.of("discount_code_invalid", "discount_code_invalid")))
                .body("discounts.rejected.message", equalTo(List.of("Code 'SUMMER25' is not a valid discount code.",
                        "Code 'NOSUCHCODE' is not a valid discount code.")))
                .body("messages.findAll { it.type == 'warning' }.code",
                        equalTo(List.of("discount_code_invalid", "discount_code_invalid")))
                .body("messages.findAll { it.type == 'warning' }.param",
                        equalTo(List.of("$.discounts.codes[1]", "$.discounts.codes[2]")))
                .extract().asString();
        AcpSchemas.assertValid(SCHEMA, "CheckoutSession", body);
        Map<String, Integer> totals = totals(body);
        assertEquals(500, totals.get("discount"));
        assertEquals(2500, totals.get("subtotal"));
        assertEquals(145, totals.get("tax"), "7.25% of 2000");
        assertEquals(2500 - 500 + 500 + 145, totals.get("total"));

        agent().body(Map.of("discounts", Map.of("codes", List.of()))).post("/checkout_sessions/{id}", sessionId)
                .then().statusCode(200)
                .body("totals.find { it.type == 'discount' }.amount", equalTo(0))
                .body("messages.size()", equalTo(0));
    }

    @Test
    void dollarCodeDoesNotApplyToAEuroCart() {
        Map<String, Object> request = withCodes(AgentRequests.createSession("mug-black", 1), List.of("SAVE5"));
        request.put("currency", "eur");
        agent().body(request).post("/checkout_sessions")
                .then().statusCode(201)
                .body("currency", equalTo("eur"))
                .body("discounts.rejected[0].reason", equalTo("discount_code_invalid"))
                .body("totals.find { it.type == 'discount' }.amount", equalTo(0));
    }

    @Test
    void codeTheMerchantCreatesAppliesUntilTheMerchantDisablesIt() {
        String code = "vip" + UUID.randomUUID().toString().substring(0, 6);
        merchant().body(Map.of("name", "VIP 15%", "percent_off", 1500)).put("/admin/coupons/{code}", code)
                .then().statusCode(200).body("code", equalTo(code.toUpperCase(Locale.ROOT)))
                .body("active", equalTo(true));
        String sessionId = agent().body(withCodes(AgentRequests.createSession("pen-brass", 1), List.of(code)))
                .post("/checkout_sessions")
                .then().statusCode(201)
                .body("totals.find { it.type == 'items_discount' }.amount", equalTo(675))
                .extract().path("id");

        merchant().delete("/admin/coupons/{code}", code).then().statusCode(200).body("active", equalTo(false));
        agent().body(Map.of("buyer", Map.of("email", "ada@example.com"))).post("/checkout_sessions/{id}", sessionId)
                .then().statusCode(200)
                .body("totals.find { it.type == 'items_discount' }.amount", equalTo(0))
                .body("discounts.rejected[0].reason", equalTo("discount_code_invalid"));
    }

    @Test
    void couponWithBothKindsOfDiscountIsRefused() {
        merchant().body(Map.of("name", "Confused", "percent_off", 1000, "amount_off", 500, "currency", "usd"))
                .put("/admin/coupons/{code}", "CONFUSED")
                .then().statusCode(400).body("param", equalTo("$.percent_off"));
        merchant().body(Map.of("name", "No currency", "amount_off", 500)).put("/admin/coupons/{code}", "NOCUR")
                .then().statusCode(400).body("param", equalTo("$.currency"));
    }

    private static RequestSpecification merchant() {
        return given().auth().oauth2("local-merchant-token").contentType("application/json");
    }

    private static Map<String, Object> withCodes(Map<String, Object> request, List<String> codes) {
        Map<String, Object> body = new HashMap<>(request);
        body.put("discounts", Map.of("codes", codes));
        return body;
    }

    static Map<String, Integer> totals(String body) {
        Map<String, Integer> totals = new HashMap<>();
        JsonPath.from(body).<Map<String, Object>>getList("totals")
                .forEach(total -> totals.put((String) total.get("type"), (Integer) total.get("amount")));
        return totals;
    }
}
