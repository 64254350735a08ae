package dev.comptoir.orders.pricing;

import static dev.comptoir.orders.AgentRequests.agent;
import static dev.comptoir.orders.AgentRequests.createSession;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.comptoir.contracts.FieldLimits;
import dev.comptoir.orders.AgentRequests;
import dev.comptoir.testing.KafkaBrokerResource;
import dev.comptoir.testing.PostgresDatabaseResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** No amount a merchant or an agent can enter makes a total overflow: the merchant API refuses it first. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
class AmountLimitsIT {

    /** Was: accepted; a California session then showed total -8554677564182804563, ready for payment. */
    @Test
    void aPriceBeyondTheMaximumIsRefusedByTheMerchantApi() {
        String sku = "overflow-" + UUID.randomUUID().toString().substring(0, 8);
        for (long price : new long[] {Long.MAX_VALUE, FieldLimits.MAX_AMOUNT + 1, -1}) {
            merchant().body(product(price)).put("/admin/products/{sku}", sku).then().statusCode(400)
                    .body("type", equalTo("invalid_request")).body("param", equalTo("$.prices.usd"));
        }
        merchant().get("/admin/products/{sku}", sku).then().statusCode(404);
    }

    @Test
    void aSessionAboveTheMaximumTotalCannotBePaidAndSaysWhy() {
        String sku = "gold-" + UUID.randomUUID().toString().substring(0, 8);
        merchant().body(product(FieldLimits.MAX_AMOUNT)).put("/admin/products/{sku}", sku).then().statusCode(200);

        String sessionId = agent().body(createSession(sku, 3)).post("/checkout_sessions").then().statusCode(201)
                .body("status", equalTo("not_ready_for_payment"))
                .body("messages.code", hasItem("maximum_exceeded"))
                .extract().path("id");
        agent().body(AgentRequests.complete("vt_gold")).post("/checkout_sessions/{id}/complete", sessionId)
                .then().statusCode(400).body("code", equalTo("session_not_ready"))
                .body("param", equalTo("$.totals"));
    }

    @Test
    void aCouponAmountBeyondTheMaximumIsRefused() {
        merchant().body(Map.of("name", "Everything free", "amount_off", Long.MAX_VALUE, "currency", "usd"))
                .put("/admin/coupons/{code}", "OVERFLOW").then().statusCode(400)
                .body("param", equalTo("$.amount_off"));
        merchant().body(Map.of("name", "Spend a lot", "percent_off", 1000,
                        "minimum_amount", FieldLimits.MAX_AMOUNT + 1, "currency", "usd"))
                .put("/admin/coupons/{code}", "OVERFLOW").then().statusCode(400)
                .body("param", equalTo("$.minimum_amount"));
        merchant().get("/admin/coupons/{code}", "OVERFLOW").then().statusCode(404);
    }

    /** Jackson read 1.9 as 1: the merchant API refuses it like the agent's. */
    @Test
    void aMerchantNumberWithDecimalsOrQuotesIsRefusedNamingTheField() {
        merchant().body("{\"product_id\":\"p\",\"product_title\":\"T\",\"title\":\"T\",\"prices\":{\"usd\":\"100\"},"
                + "\"weight_grams\":100}").put("/admin/products/{sku}", "quoted-price").then().statusCode(400)
                .body("param", equalTo("$.prices.usd"));
        merchant().body("{\"product_id\":\"p\",\"product_title\":\"T\",\"title\":\"T\",\"prices\":{\"usd\":100},"
                + "\"weight_grams\":99.5}").put("/admin/products/{sku}", "half-gram").then().statusCode(400)
                .body("param", equalTo("$.weight_grams"));
    }

    private static Map<String, Object> product(long price) {
        return Map.of("product_id", "p-gold", "product_title", "Gold", "title", "Gold bar",
                "prices", Map.of("usd", price), "weight_grams", 1000);
    }

    private static RequestSpecification merchant() {
        return given().auth().oauth2("local-merchant-token").contentType("application/json");
    }
}
