package dev.comptoir.orders;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Requests as an ACP agent platform sends them. */
public final class AgentRequests {
    private AgentRequests() {
    }

    /** An agent's request: its token, the ACP version, and a fresh idempotency key. */
    public static RequestSpecification agent() {
        return given().auth().oauth2("local-agent-token").contentType("application/json")
                .header("API-Version", "2026-04-17")
                .header("Idempotency-Key", UUID.randomUUID().toString());
    }

    public static Map<String, Object> address() {
        return Map.of("name", "Ada Lovelace", "line_one", "1234 Chat Road", "city", "San Francisco", "state", "CA",
                "country", "US", "postal_code", "94131");
    }

    public static Map<String, Object> createSession(String sku, int quantity) {
        return Map.of("currency", "usd",
                "line_items", List.of(Map.of("id", sku, "quantity", quantity)),
                "fulfillment_details", Map.of("name", "Ada Lovelace", "email", "ada@example.com",
                        "address", address()));
    }

    public static Map<String, Object> complete(String token) {
        return Map.of(
                "buyer", Map.of("first_name", "Ada", "last_name", "Lovelace", "email", "ada@example.com"),
                "payment_data", Map.of("handler_id", "card_tokenized",
                        "instrument", Map.of("type", "card", "credential", Map.of("type", "spt", "token", token))));
    }

    /** Creates a ready session and completes it; returns the order id. */
    public static String placeOrder(String sku, int quantity, String token) {
        String sessionId = agent().body(createSession(sku, quantity)).post("/checkout_sessions")
                .then().statusCode(201).extract().path("id");
        return agent().body(complete(token)).post("/checkout_sessions/{id}/complete", sessionId)
                .then().statusCode(200).extract().path("order.id");
    }
}
