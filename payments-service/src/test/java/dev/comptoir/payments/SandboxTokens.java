package dev.comptoir.payments;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Issues sandbox PSP tokens over HTTP, as an agent platform does. */
public final class SandboxTokens {
    private SandboxTokens() {
    }

    public static Map<String, Object> delegatePaymentBody(String cardNumber, long maxAmount, String checkoutSessionId) {
        return Map.of(
                "payment_method", Map.of("type", "card", "card_number_type", "fpan", "number", cardNumber,
                        "exp_month", "11", "exp_year", "2030", "cvc", "223", "display_card_funding_type", "credit",
                        "display_brand", "visa", "display_last4", cardNumber.substring(cardNumber.length() - 4),
                        "metadata", Map.of()),
                "allowance", Map.of("reason", "one_time", "max_amount", maxAmount, "currency", "usd",
                        "checkout_session_id", checkoutSessionId, "merchant_id", "comptoir_demo",
                        "expires_at", OffsetDateTime.now().plusHours(1).toString()),
                "risk_signals", List.of(),
                "metadata", Map.of("source", "test"));
    }

    /** An agent platform's request: its token, the ACP version, and a fresh idempotency key. */
    public static RequestSpecification agent() {
        return given().auth().oauth2("local-agent-token").contentType("application/json")
                .header("API-Version", "2026-04-17")
                .header("Idempotency-Key", UUID.randomUUID().toString());
    }

    public static String issue(String cardNumber, long maxAmount, String checkoutSessionId) {
        return agent()
                .body(delegatePaymentBody(cardNumber, maxAmount, checkoutSessionId))
                .post("/agentic_commerce/delegate_payment")
                .then().statusCode(201).extract().path("id");
    }
}
