package dev.comptoir.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The outside clients of the stack over HTTP: an agent platform checking out for a buyer (careful or patient), and
 * the merchant's requests.
 */
final class Agent {
    static final String APPROVED_CARD = "4242424242424242";
    static final String DECLINED_CARD = "4000000000000002";
    /**
     * A request cut by a restart leaves its idempotency key in flight until the dead process's lease expires (20 s; a
     * minute at most): agents wait longer.
     */
    static final Duration PATIENCE = Duration.ofSeconds(150);

    private final Stack stack;

    Agent(Stack stack) {
        this.stack = stack;
    }

    /** What an agent platform does: open a session, get a delegated token for it, complete. Returns the order id. */
    String checkout(String sku, int quantity, String cardNumber) {
        return complete(openSession(sku, quantity), cardNumber).body("status", equalTo("completed"))
                .extract().path("order.id");
    }

    String openSession(String sku, int quantity) {
        return agent().body(sessionBody(sku, quantity))
                .post(stack.url("orders") + "/checkout_sessions")
                .then().statusCode(201).body("status", equalTo("ready_for_payment")).extract().path("id");
    }

    /** Gets a delegated payment token for the session's total from the PSP, then completes with it. */
    ValidatableResponse complete(String sessionId, String cardNumber) {
        return completeWith(sessionId, delegatedToken(sessionId, cardNumber));
    }

    String delegatedToken(String sessionId, String cardNumber) {
        int total = agent().get(stack.url("orders") + "/checkout_sessions/" + sessionId)
                .then().statusCode(200).extract().path("totals.find { it.type == 'total' }.amount");
        return agent().body(delegateBody(sessionId, cardNumber, total))
                .post(stack.url("payments") + "/agentic_commerce/delegate_payment")
                .then().statusCode(201).extract().path("id");
    }

    ValidatableResponse completeWith(String sessionId, String token) {
        return agent().body(completeBody(token))
                .post(stack.url("orders") + "/checkout_sessions/" + sessionId + "/complete")
                .then().statusCode(200);
    }

    /** The merchant sets how many of {@code sku} the warehouse has. */
    void setStock(String sku, int onHand) {
        merchant().body(Map.of("on_hand", onHand)).put(stack.url("fulfillment") + "/stock/" + sku)
                .then().statusCode(200);
    }

    /**
     * What a careful agent platform does when the merchant restarts under it: each step is asked again, with the same
     * idempotency key and body, until it is answered. Returns the session id.
     */
    String patientCheckout(String sku) {
        Map<String, Object> session = sessionBody(sku, 1);
        String sessionKey = UUID.randomUUID().toString();
        String sessionId = patiently(() -> agent(sessionKey).body(session)
                .post(stack.url("orders") + "/checkout_sessions")).path("id");
        int total = patiently(() -> agent(UUID.randomUUID().toString())
                .get(stack.url("orders") + "/checkout_sessions/" + sessionId))
                .path("totals.find { it.type == 'total' }.amount");
        Map<String, Object> delegation = delegateBody(sessionId, APPROVED_CARD, total);
        String delegationKey = UUID.randomUUID().toString();
        String token = patiently(() -> agent(delegationKey).body(delegation)
                .post(stack.url("payments") + "/agentic_commerce/delegate_payment")).path("id");
        Map<String, Object> completion = completeBody(token);
        String completionKey = UUID.randomUUID().toString();
        patiently(() -> agent(completionKey).body(completion)
                .post(stack.url("orders") + "/checkout_sessions/" + sessionId + "/complete"));
        return sessionId;
    }

    /** The answer once it is a success; refused connections, 5xx and 409 (in flight) are asked again. */
    static Response patiently(Supplier<Response> request) {
        AtomicReference<String> last = new AtomicReference<>("nothing");
        try {
            return await().atMost(PATIENCE).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(300))
                    .until(() -> successOrNull(request, last), Objects::nonNull);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("No answer within " + PATIENCE + ", last: " + last.get());
        }
    }

    /** The answer if it is a success, null if it is worth asking again (noted in {@code last}); a refusal fails. */
    private static Response successOrNull(Supplier<Response> request, AtomicReference<String> last) {
        Response response;
        try {
            response = request.get();
        } catch (Exception unreachable) { // RestAssured rethrows the HTTP client's IOExceptions unchecked
            last.set(unreachable.toString());
            return null;
        }
        if (response.statusCode() < 300) {
            return response;
        }
        if (response.statusCode() < 500 && response.statusCode() != 409) {
            throw new AssertionError(response.statusCode() + " " + response.asString());
        }
        last.set(response.statusCode() + " " + response.asString());
        return null;
    }

    private static Map<String, Object> sessionBody(String sku, int quantity) {
        return Map.of("currency", "usd",
                "line_items", List.of(Map.of("id", sku, "quantity", quantity)),
                "fulfillment_details", Map.of("name", "Ada Lovelace", "email", "ada@example.com",
                        "address", Map.of("name", "Ada Lovelace", "line_one", "1234 Chat Road",
                                "city", "San Francisco", "state", "CA", "country", "US",
                                "postal_code", "94131")));
    }

    private static Map<String, Object> delegateBody(String sessionId, String cardNumber, int total) {
        return Map.of(
                "payment_method", Map.of("type", "card", "card_number_type", "fpan", "number", cardNumber,
                        "exp_month", "12", "exp_year", "2030", "cvc", "123",
                        "display_card_funding_type", "credit", "metadata", Map.of()),
                "allowance", Map.of("reason", "one_time", "max_amount", total, "currency", "usd",
                        "checkout_session_id", sessionId, "merchant_id", "comptoir_demo",
                        "expires_at", OffsetDateTime.now().plusHours(1).toString()),
                "risk_signals", List.of(),
                "metadata", Map.of("source", "system-test"));
    }

    private static Map<String, Object> completeBody(String token) {
        return Map.of(
                "buyer", Map.of("first_name", "Ada", "last_name", "Lovelace", "email", "ada@example.com"),
                "payment_data", Map.of("handler_id", "card_tokenized", "instrument",
                        Map.of("type", "card", "credential", Map.of("type", "spt", "token", token))));
    }

    /** A request of the agent platform, with a fresh idempotency key. */
    static RequestSpecification agent() {
        return agent(UUID.randomUUID().toString());
    }

    static RequestSpecification agent(String idempotencyKey) {
        return given().auth().oauth2(Stack.AGENT_TOKEN).contentType("application/json")
                .header("API-Version", "2026-04-17")
                .header("Idempotency-Key", idempotencyKey);
    }

    /** A request of the merchant's systems. */
    static RequestSpecification merchant() {
        return given().auth().oauth2(Stack.MERCHANT_TOKEN).contentType("application/json");
    }
}
