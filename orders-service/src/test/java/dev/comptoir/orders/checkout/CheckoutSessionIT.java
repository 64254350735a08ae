package dev.comptoir.orders.checkout;

import static dev.comptoir.orders.AgentRequests.agent;
import static dev.comptoir.orders.AgentRequests.complete;
import static dev.comptoir.orders.AgentRequests.createSession;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.comptoir.contracts.Events;
import dev.comptoir.contracts.Topics;
import dev.comptoir.contracts.orders.AuthorizePayment;
import dev.comptoir.contracts.orders.OrderPlaced;
import dev.comptoir.testing.AcpSchemas;
import dev.comptoir.testing.KafkaBrokerResource;
import dev.comptoir.testing.KafkaTestClient;
import dev.comptoir.testing.PostgresDatabaseResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import dev.comptoir.orders.AgentRequests;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
class CheckoutSessionIT {
    private static final String CHECKOUT_SCHEMA = "schema.agentic_checkout.json";

    @Test
    void sessionWithAddressIsReadyForPaymentWithComputedTotals() {
        String body = agent().body(createSession("mug-black", 2)).post("/checkout_sessions")
                .then().statusCode(201)
                .body("id", startsWith("cs_"))
                .body("status", equalTo("ready_for_payment"))
                .body("protocol.version", equalTo("2026-04-17"))
                .body("line_items[0].item.id", equalTo("mug-black"))
                .body("line_items[0].unit_amount", equalTo(1800))
                .body("totals.find { it.type == 'items_base_amount' }.amount", equalTo(3600))
                .body("totals.find { it.type == 'fulfillment' }.amount", equalTo(500))
                // 7.25% of 3600; California does not tax shipping.
                .body("totals.find { it.type == 'tax' }.amount", equalTo(261))
                .body("totals.find { it.type == 'total' }.amount", equalTo(4361))
                .body("capabilities.payment.handlers[0].id", equalTo("card_tokenized"))
                .extract().asString();
        AcpSchemas.assertValid(CHECKOUT_SCHEMA, "CheckoutSession", body);
    }

    @Test
    void buyersLanguageIsTheSessionLocaleOrTheAgentsAcceptLanguageAmongTheShopsLocales() {
        Map<String, Object> french = new HashMap<>(createSession("mug-black", 1));
        french.put("locale", "fr-CA");
        agent().body(french).post("/checkout_sessions").then().statusCode(201).body("locale", equalTo("fr-FR"));
        agent().header("Accept-Language", "de-DE, fr;q=0.8").body(createSession("mug-black", 1))
                .post("/checkout_sessions").then().statusCode(201).body("locale", equalTo("fr-FR"));
        agent().body(createSession("mug-black", 1)).post("/checkout_sessions").then().statusCode(201)
                .body("locale", equalTo("en-US"));
    }

    @Test
    void sessionWithoutAddressIsNotReadyAndSaysWhy() {
        String body = agent().body(Map.of("line_items", List.of(Map.of("id", "notebook-a5"))))
                .post("/checkout_sessions")
                .then().statusCode(201)
                .body("status", equalTo("not_ready_for_payment"))
                .body("messages.param", hasItem("$.fulfillment_details.address"))
                .extract().asString();
        AcpSchemas.assertValid(CHECKOUT_SCHEMA, "CheckoutSession", body);
    }

    @Test
    void addressWithoutStateIsNotReadyAndNamesTheField() {
        Map<String, Object> address = new HashMap<>(AgentRequests.address());
        address.remove("state");
        String body = agent().body(Map.of("line_items", List.of(Map.of("id", "mug-black")),
                        "fulfillment_details", Map.of("email", "ada@example.com", "address", address)))
                .post("/checkout_sessions")
                .then().statusCode(201)
                .body("status", equalTo("not_ready_for_payment"))
                .body("messages.param", hasItem("$.fulfillment_details.address.state"))
                .extract().asString();
        AcpSchemas.assertValid(CHECKOUT_SCHEMA, "CheckoutSession", body);
    }

    @Test
    void valueTooLongForTheDatabaseIsA400NotA500() {
        Map<String, Object> address = new HashMap<>(AgentRequests.address());
        address.put("postal_code", "9".repeat(500));
        agent().body(Map.of("line_items", List.of(Map.of("id", "mug-black")),
                        "fulfillment_details", Map.of("email", "ada@example.com", "address", address)))
                .post("/checkout_sessions")
                .then().statusCode(400).body("type", equalTo("invalid_request"));
    }

    @Test
    void paymentTokenThatIsNoDelegatedTokenIsRefused() {
        String sessionId = agent().body(createSession("mug-black", 1)).post("/checkout_sessions")
                .then().statusCode(201).extract().path("id");
        agent().body(complete("vt_" + "x".repeat(300))).post("/checkout_sessions/{id}/complete", sessionId)
                .then().statusCode(400).body("param", equalTo("$.payment_data.instrument.credential.token"));
        agent().body(complete("vt_abc def")).post("/checkout_sessions/{id}/complete", sessionId)
                .then().statusCode(400);
    }

    @Test
    void unknownItemIsRefusedNamingTheLineItem() {
        String body = agent()
                .body(Map.of("line_items", List.of(Map.of("id", "mug-black"), Map.of("id", "no-such-item"))))
                .post("/checkout_sessions")
                .then().statusCode(400)
                .body("type", equalTo("invalid_request"))
                .body("code", equalTo("invalid_item_id"))
                .body("param", equalTo("$.line_items[1].id"))
                .extract().asString();
        AcpSchemas.assertValid(CHECKOUT_SCHEMA, "Error", body);
    }

    @Test
    void malformedJsonIsAnAcpErrorNotA500() {
        String body = agent().body("{\"line_items\": [").post("/checkout_sessions")
                .then().statusCode(400).body("type", equalTo("invalid_request")).extract().asString();
        AcpSchemas.assertValid(CHECKOUT_SCHEMA, "Error", body);
    }

    @Test
    void checkoutNeedsTheAgentToken() {
        given().contentType("application/json").body(createSession("mug-black", 1)).post("/checkout_sessions")
                .then().statusCode(401).body("type", equalTo("invalid_request"));
        given().auth().oauth2("wrong").contentType("application/json").body(createSession("mug-black", 1))
                .post("/checkout_sessions").then().statusCode(401);
    }

    @Test
    void completePlacesOneOrderAndIsInProgressUntilThePaymentOutcome() {
        String sessionId = agent().body(createSession("tee-white-m", 1)).post("/checkout_sessions")
                .then().statusCode(201).extract().path("id");

        String completed = agent().body(complete("vt_test_token"))
                .post("/checkout_sessions/{id}/complete", sessionId)
                .then().statusCode(200)
                .body("status", equalTo("complete_in_progress"))
                .body("order.id", startsWith("ord_"))
                .body("order.checkout_session_id", equalTo(sessionId))
                .body("order.permalink_url", notNullValue())
                .extract().asString();
        AcpSchemas.assertValid(CHECKOUT_SCHEMA, "CheckoutSession", completed);
        String orderId = JsonPath.from(completed).getString("order.id");
        agent().body(complete("vt_test_token")).post("/checkout_sessions/{id}/complete", sessionId)
                .then().statusCode(200).body("order.id", equalTo(orderId));

        try (KafkaTestClient kafka = KafkaTestClient.forApplication(Topics.ORDERS, Topics.PAYMENT_COMMANDS)) {
            OrderPlaced placed = kafka.await(Events.ORDER_PLACED, e -> e.orderId().equals(orderId),
                    Duration.ofSeconds(20));
            AuthorizePayment command = kafka.await(Events.AUTHORIZE_PAYMENT, e -> e.orderId().equals(orderId),
                    Duration.ofSeconds(20));
            assertEquals("vt_test_token", command.paymentToken());
            assertEquals(placed.total(), command.amount());
            assertEquals(sessionId, placed.checkoutSessionId());
            assertEquals("ada@example.com", placed.customer().email());
            assertEquals("en-US", placed.locale(), "the buyer's language travels with the order");
            assertEquals("tee-white-m", placed.lines().get(0).sku());
            assertEquals(2500 + 500 + 181, placed.total(), "item, shipping, 7.25% tax on the item only");
            assertEquals(181, placed.lines().get(0).total() - 2500, "the line's tax travels with it");
            assertEquals(1, kafka.eventsAfter(Duration.ofSeconds(1), Events.ORDER_PLACED,
                    e -> e.checkoutSessionId().equals(sessionId)).size(), "completing twice places one order");
        }
        String order = agent().get("/orders/{id}", orderId).then().statusCode(200)
                .body("status", equalTo("created"))
                .body("checkout_session_id", equalTo(sessionId))
                .extract().asString();
        AcpSchemas.assertValid(CHECKOUT_SCHEMA, "Order", order);
    }

    @Test
    void completeWithoutPaymentTokenIsRefusedAndTheSessionStaysPayable() {
        String sessionId = agent().body(createSession("mug-black", 1)).post("/checkout_sessions")
                .then().statusCode(201).extract().path("id");
        agent().body(Map.of("payment_data", Map.of("handler_id", "card_tokenized")))
                .post("/checkout_sessions/{id}/complete", sessionId)
                .then().statusCode(400).body("param", equalTo("$.payment_data.instrument.credential.token"));
        agent().get("/checkout_sessions/{id}", sessionId).then().statusCode(200)
                .body("status", equalTo("ready_for_payment"));
    }

    @Test
    void canceledSessionCannotBeCanceledOrCompletedAgain() {
        String sessionId = agent().body(createSession("mug-black", 1)).post("/checkout_sessions")
                .then().statusCode(201).extract().path("id");
        agent().post("/checkout_sessions/{id}/cancel", sessionId).then().statusCode(200)
                .body("status", equalTo("canceled"));
        agent().post("/checkout_sessions/{id}/cancel", sessionId).then().statusCode(405);
        agent().body(complete("vt_x")).post("/checkout_sessions/{id}/complete", sessionId).then().statusCode(405);
    }

    @Test
    void unknownSessionIs404() {
        agent().get("/checkout_sessions/{id}", "cs_nope").then().statusCode(404).body("code", equalTo("not_found"));
    }
}
