package dev.comptoir.orders.checkout;

import static dev.comptoir.orders.AgentRequests.agent;
import static dev.comptoir.orders.AgentRequests.complete;
import static dev.comptoir.orders.AgentRequests.createSession;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.comptoir.orders.pricing.ShippingRates;
import dev.comptoir.testing.AcpSchemas;
import dev.comptoir.testing.KafkaBrokerResource;
import dev.comptoir.testing.PostgresDatabaseResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
class SessionLifecycleIT {
    private static final String SCHEMA = "schema.agentic_checkout.json";

    @Inject
    EntityManager entityManager;

    @Test
    void updateChangesItemsAndShippingAndPricesAgain() {
        String sessionId = newSession();
        String body = agent().body(Map.of(
                        "line_items", List.of(Map.of("id", "mug-black", "quantity", 3)),
                        "selected_fulfillment_options", List.of(Map.of("type", "shipping",
                                "option_id", ShippingRates.EXPRESS, "item_ids", List.of("li_1")))))
                .post("/checkout_sessions/{id}", sessionId)
                .then().statusCode(200)
                .body("line_items[0].quantity", equalTo(3))
                .body("selected_fulfillment_options[0].option_id", equalTo(ShippingRates.EXPRESS))
                .body("totals.find { it.type == 'items_base_amount' }.amount", equalTo(5400))
                // Express, plus a started kilogram over the first (3 x 450 g); 7.25% of 5400, CA does not tax shipping.
                .body("totals.find { it.type == 'fulfillment' }.amount", equalTo(1500 + 300))
                .body("totals.find { it.type == 'tax' }.amount", equalTo(392))
                .body("totals.find { it.type == 'total' }.amount", equalTo(5400 + 1800 + 392))
                .extract().asString();
        AcpSchemas.assertValid(SCHEMA, "CheckoutSession", body);
    }

    @Test
    void repeatedItemIdsBecomeOneLine() {
        agent().body(Map.of("line_items", List.of(Map.of("id", "mug-black", "quantity", 2), Map.of("id", "tee-white-m"),
                        Map.of("id", "mug-black"))))
                .post("/checkout_sessions")
                .then().statusCode(201)
                .body("line_items.size()", equalTo(2))
                .body("line_items[0].item.id", equalTo("mug-black"))
                .body("line_items[0].quantity", equalTo(3))
                .body("line_items[1].quantity", equalTo(1));
    }

    @Test
    void unknownShippingOptionIsRefusedNamingIt() {
        agent().body(Map.of("selected_fulfillment_options", List.of(Map.of("type", "shipping",
                        "option_id", "teleport", "item_ids", List.of("li_1")))))
                .post("/checkout_sessions/{id}", newSession())
                .then().statusCode(400).body("param", equalTo("$.selected_fulfillment_options[0].option_id"));
    }

    @Test
    void nullShippingOptionIsRefusedNotA500() {
        agent().body("{\"selected_fulfillment_options\": [null]}").post("/checkout_sessions/{id}", newSession())
                .then().statusCode(400).body("param", equalTo("$.selected_fulfillment_options[0].option_id"));
    }

    @Test
    void anotherAgentCannotSeeOrTouchTheSession() {
        String sessionId = newSession();
        otherAgent().get("/checkout_sessions/{id}", sessionId).then().statusCode(404);
        otherAgent().body("{}").post("/checkout_sessions/{id}/cancel", sessionId).then().statusCode(404);
        String orderId = agent().body(complete("vt_mine")).post("/checkout_sessions/{id}/complete", sessionId)
                .then().statusCode(200).extract().path("order.id");
        otherAgent().get("/orders/{id}", orderId).then().statusCode(404);
        given().auth().oauth2("local-merchant-token").get("/orders/{id}", orderId).then().statusCode(200);
    }

    @Test
    void sessionPastItsExpiryIsExpiredAndCanNoLongerBePaid() {
        String sessionId = newSession();
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update checkout_session set expires_at = :past where id = :id")
                .setParameter("past", OffsetDateTime.now().minusMinutes(1))
                .setParameter("id", sessionId)
                .executeUpdate());

        String body = agent().get("/checkout_sessions/{id}", sessionId).then().statusCode(200)
                .body("status", equalTo("expired")).extract().asString();
        AcpSchemas.assertValid(SCHEMA, "CheckoutSession", body);
        agent().body(complete("vt_late")).post("/checkout_sessions/{id}/complete", sessionId)
                .then().statusCode(405).body("code", equalTo("session_expired"));
        agent().body(Map.of("buyer", Map.of("email", "late@example.com")))
                .post("/checkout_sessions/{id}", sessionId).then().statusCode(405);
    }

    @Test
    void completedSessionCannotBeUpdated() {
        String sessionId = newSession();
        agent().body(complete("vt_done")).post("/checkout_sessions/{id}/complete", sessionId).then().statusCode(200);
        agent().body(Map.of("line_items", List.of(Map.of("id", "notebook-a5"))))
                .post("/checkout_sessions/{id}", sessionId).then().statusCode(405);
    }

    @Test
    void discoveryDocumentDescribesThisSeller() {
        String body = given().get("/.well-known/acp.json").then().statusCode(200)
                .body("protocol.version", equalTo("2026-04-17"))
                .body("capabilities.services", hasItem("checkout"))
                .body("capabilities.supported_currencies", hasItem("jpy"))
                .body("capabilities.extensions.name", hasItem("personalization"))
                .body("capabilities.intervention_types", hasItem("3ds"))
                .extract().asString();
        AcpSchemas.assertValid(SCHEMA, "DiscoveryResponse", body);
    }

    private static String newSession() {
        return agent().body(createSession("mug-black", 1)).post("/checkout_sessions")
                .then().statusCode(201).extract().path("id");
    }

    private static RequestSpecification otherAgent() {
        return given().auth().oauth2("second-agent-token").contentType("application/json")
                .header("API-Version", "2026-04-17").header("Idempotency-Key", UUID.randomUUID().toString());
    }
}
