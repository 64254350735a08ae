package dev.comptoir.orders.checkout;

import static dev.comptoir.orders.AgentRequests.agent;
import static dev.comptoir.orders.AgentRequests.complete;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.comptoir.contracts.Events;
import dev.comptoir.contracts.Topics;
import dev.comptoir.contracts.orders.OrderPlaced;
import dev.comptoir.orders.AgentRequests;
import dev.comptoir.testing.AcpSchemas;
import dev.comptoir.testing.KafkaBrokerResource;
import dev.comptoir.testing.KafkaTestClient;
import dev.comptoir.testing.PostgresDatabaseResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The personalization extension with the demo's engraved mug (engraving, required, at most 20 characters). */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
class PersonalizedProductsIT {
    private static final String SCHEMA = "schema.agentic_checkout.json";
    private static final String ENGRAVING = "$.line_items[0].customizations.engraving";

    @Test
    void engravingIsCollectedBeforePaymentAndTravelsWithTheOrder() {
        String sessionId = agent().body(Map.of("line_items", List.of(Map.of("id", "mug-engraved")),
                        "fulfillment_details", Map.of("name", "Ada Lovelace", "email", "ada@example.com",
                                "address", AgentRequests.address())))
                .post("/checkout_sessions")
                .then().statusCode(201)
                .body("status", equalTo("not_ready_for_payment"))
                .body("capabilities.extensions.name", hasItem("personalization"))
                .body("messages.find { it.param == '" + ENGRAVING + "' }.code", equalTo("missing"))
                .body("messages.find { it.param == '" + ENGRAVING + "' }.resolution", equalTo("requires_buyer_input"))
                .extract().path("id");

        String tooLong = agent().body(engraving("For Ada, with love, from Charles"))
                .post("/checkout_sessions/{id}", sessionId)
                .then().statusCode(200)
                .body("status", equalTo("not_ready_for_payment"))
                .body("messages.find { it.param == '" + ENGRAVING + "' }.code", equalTo("invalid"))
                .extract().asString();
        AcpSchemas.assertValid(SCHEMA, "CheckoutSession", tooLong);

        String ready = agent().body(engraving("For Ada"))
                .post("/checkout_sessions/{id}", sessionId)
                .then().statusCode(200)
                .body("status", equalTo("ready_for_payment"))
                .body("line_items[0].custom_attributes[0].display_name", equalTo("Engraving text"))
                .body("line_items[0].custom_attributes[0].value", equalTo("For Ada"))
                .extract().asString();
        AcpSchemas.assertValid(SCHEMA, "CheckoutSession", ready);

        agent().body(Map.of("line_items", List.of(Map.of("id", "mug-engraved", "quantity", 2))))
                .post("/checkout_sessions/{id}", sessionId)
                .then().statusCode(200)
                .body("status", equalTo("ready_for_payment"))
                .body("line_items[0].custom_attributes[0].value", equalTo("For Ada"));

        String orderId = agent().body(complete("vt_engraved")).post("/checkout_sessions/{id}/complete", sessionId)
                .then().statusCode(200).extract().path("order.id");
        try (KafkaTestClient kafka = KafkaTestClient.forApplication(Topics.ORDERS)) {
            OrderPlaced placed = kafka.await(Events.ORDER_PLACED, e -> e.orderId().equals(orderId),
                    Duration.ofSeconds(20));
            assertEquals(Map.of("engraving", "For Ada"), placed.lines().get(0).customizations());
        }
    }

    @Test
    void fieldTheProductDoesNotDeclareIsRefusedNamingIt() {
        agent().body(Map.of("line_items", List.of(Map.of("id", "mug-black",
                        "customizations", Map.of("engraving", "Hi")))))
                .post("/checkout_sessions")
                .then().statusCode(400)
                .body("type", equalTo("invalid_request"))
                .body("param", equalTo(ENGRAVING));
    }

    @Test
    void extensionSchemaIsServedWhereTheDeclarationPoints() {
        String url = agent().body(AgentRequests.createSession("mug-black", 1)).post("/checkout_sessions")
                .then().statusCode(201)
                .extract().path("capabilities.extensions.find { it.name == 'personalization' }.schema");
        given().get(url.substring(url.indexOf("/extensions/"))).then().statusCode(200)
                .body("type", equalTo("object"));
    }

    private static Map<String, Object> engraving(String text) {
        return Map.of("line_items", List.of(Map.of("id", "mug-engraved", "customizations",
                Map.of("engraving", text))));
    }
}
