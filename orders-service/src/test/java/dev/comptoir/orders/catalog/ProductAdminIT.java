package dev.comptoir.orders.catalog;

import static dev.comptoir.orders.AgentRequests.agent;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.testing.AcpSchemas;
import dev.comptoir.testing.KafkaBrokerResource;
import dev.comptoir.testing.PostgresDatabaseResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
class ProductAdminIT {

    @Test
    void productTheMerchantAddsIsInTheFeedAndCanBeBought() {
        String sku = "candle-" + UUID.randomUUID().toString().substring(0, 8);
        OffsetDateTime before = OffsetDateTime.parse(given().get("/feed/metadata.json").then().statusCode(200)
                .extract().path("updated_at"));
        merchant().body(product("Beeswax candle", 1450)).put("/admin/products/{sku}", sku)
                .then().statusCode(200).body("sku", equalTo(sku)).body("active", equalTo(true));

        String feed = given().get("/feed/products.jsonl").then().statusCode(200).extract().asString();
        String line = feed.lines().filter(l -> l.contains(sku)).findFirst().orElseThrow();
        AcpSchemas.assertValid("schema.feed.json", "Product", line);
        String metadata = given().get("/feed/metadata.json").then().statusCode(200)
                .body("id", equalTo("comptoir-demo")).extract().asString();
        AcpSchemas.assertValid("schema.feed.json", "FeedMetadata", metadata);
        assertTrue(OffsetDateTime.parse(JsonPath.from(metadata).getString("updated_at"))
                .isAfter(before), "the feed says the catalog changed");

        agent().body(Map.of("line_items", List.of(Map.of("id", sku)))).post("/checkout_sessions")
                .then().statusCode(201).body("line_items[0].unit_amount", equalTo(1450));
        merchant().get("/admin/products").then().statusCode(200).body("sku", hasItem(sku));
    }

    @Test
    void productTakenOffSaleLeavesTheFeedAndCannotBeBought() {
        String sku = "poster-" + UUID.randomUUID().toString().substring(0, 8);
        merchant().body(product("Old poster", 900)).put("/admin/products/{sku}", sku).then().statusCode(200);
        merchant().delete("/admin/products/{sku}", sku).then().statusCode(200).body("active", equalTo(false));

        assertFalse(given().get("/feed/products.jsonl").asString().contains(sku));
        agent().body(Map.of("line_items", List.of(Map.of("id", sku)))).post("/checkout_sessions")
                .then().statusCode(400).body("code", equalTo("invalid_item_id"));
    }

    @Test
    void badProductsAreRefusedNamingTheField() {
        merchant().body(product("Free lunch", -1)).put("/admin/products/{sku}", "lunch")
                .then().statusCode(400).body("param", equalTo("$.prices.usd"));
        merchant().body(Map.of("product_id", "x", "product_title", "X", "title", "X", "prices", Map.of("USD", 1),
                        "weight_grams", 100))
                .put("/admin/products/{sku}", "x").then().statusCode(400).body("param", equalTo("$.prices.USD"));
        merchant().body(Map.of("product_id", "x", "product_title", "X", "title", "X", "prices", Map.of("usd", 1)))
                .put("/admin/products/{sku}", "x").then().statusCode(400).body("param", equalTo("$.weight_grams"));
        merchant().body(product("Bad sku", 100)).put("/admin/products/{sku}", "bad sku!")
                .then().statusCode(400);
        agent().body(product("Agent's own", 1)).put("/admin/products/{sku}", "agent-item").then().statusCode(401);
    }

    private static Map<String, Object> product(String title, long price) {
        return Map.of("product_id", "p-" + title.toLowerCase().replace(' ', '-'), "product_title", title,
                "title", title, "description", "A test product.", "prices", Map.of("usd", price),
                "weight_grams", 250);
    }

    private static RequestSpecification merchant() {
        return given().auth().oauth2("local-merchant-token").contentType("application/json");
    }
}
