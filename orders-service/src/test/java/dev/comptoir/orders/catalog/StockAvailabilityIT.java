package dev.comptoir.orders.catalog;

import static dev.comptoir.orders.AgentRequests.agent;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.comptoir.contracts.Events;
import dev.comptoir.contracts.Topics;
import dev.comptoir.contracts.fulfillment.InventoryLevelChanged;
import dev.comptoir.orders.AgentRequests;
import dev.comptoir.testing.AcpSchemas;
import dev.comptoir.testing.KafkaBrokerResource;
import dev.comptoir.testing.KafkaTestClient;
import dev.comptoir.testing.PostgresDatabaseResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Stock levels fulfillment publishes on inventory.events become checkout messages and feed availability. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
class StockAvailabilityIT {
    private static final String SCHEMA = "schema.agentic_checkout.json";

    @Test
    void stockLevelsBecomeMessagesTheAgentCanActOn() {
        String sku = newProduct();
        publishLevel(sku, 3);
        await().atMost(Duration.ofSeconds(20)).until(() -> "limited_stock".equals(feedStatus(sku)));

        String sessionId = agent().body(Map.of("line_items", List.of(Map.of("id", sku)),
                        "fulfillment_details", Map.of("name", "Ada", "email", "ada@example.com",
                                "address", AgentRequests.address())))
                .post("/checkout_sessions")
                .then().statusCode(201)
                .body("status", equalTo("ready_for_payment"))
                .body("line_items[0].availability_status", equalTo("low_stock"))
                .body("line_items[0].available_quantity", equalTo(3))
                .body("messages[0].type", equalTo("warning"))
                .body("messages[0].code", equalTo("low_stock"))
                .extract().path("id");

        String tooMany = agent().body(Map.of("line_items", List.of(Map.of("id", sku, "quantity", 5))))
                .post("/checkout_sessions/{id}", sessionId)
                .then().statusCode(200)
                .body("status", equalTo("not_ready_for_payment"))
                .body("messages[0].type", equalTo("error"))
                .body("messages[0].code", equalTo("low_stock"))
                .body("messages[0].param", equalTo("$.line_items[0].quantity"))
                .extract().asString();
        AcpSchemas.assertValid(SCHEMA, "CheckoutSession", tooMany);

        publishLevel(sku, 0);
        await().atMost(Duration.ofSeconds(20)).until(() -> "out_of_stock".equals(feedStatus(sku)));
        String soldOut = agent().body(Map.of("line_items", List.of(Map.of("id", sku))))
                .post("/checkout_sessions/{id}", sessionId)
                .then().statusCode(200)
                .body("status", equalTo("not_ready_for_payment"))
                .body("line_items[0].availability_status", equalTo("out_of_stock"))
                .body("messages[0].code", equalTo("out_of_stock"))
                .body("messages[0].resolution", equalTo("recoverable"))
                .extract().asString();
        AcpSchemas.assertValid(SCHEMA, "CheckoutSession", soldOut);
    }

    private static void publishLevel(String sku, int available) {
        try (KafkaTestClient kafka = KafkaTestClient.forApplication(Topics.INVENTORY)) {
            kafka.publish(Events.INVENTORY_LEVEL_CHANGED, new InventoryLevelChanged(sku, available + 2, 2, available),
                    UUID.randomUUID().toString());
        }
    }

    private static String feedStatus(String sku) {
        return given().get("/feed/products.jsonl").asString().lines().filter(line -> line.contains(sku))
                .map(line -> JsonPath.from(line).getString("variants[0].availability.status")).findFirst()
                .orElse(null);
    }

    private static String newProduct() {
        String sku = "lamp-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2("local-merchant-token").contentType("application/json")
                .body(Map.of("product_id", sku, "product_title", "Desk Lamp", "title", "Desk Lamp",
                        "prices", Map.of("usd", 4900), "weight_grams", 900))
                .put("/admin/products/{sku}", sku).then().statusCode(200);
        return sku;
    }
}
