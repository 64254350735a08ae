package dev.comptoir.payments.stripe;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.comptoir.contracts.orders.ThreeDsResult;
import dev.comptoir.payments.payment.PaymentGateway.Authorization;
import dev.comptoir.payments.payment.PaymentGateway.AuthorizationRequest;
import dev.comptoir.payments.payment.PaymentGateway.CancelRequest;
import dev.comptoir.payments.payment.PaymentGateway.CaptureRequest;
import dev.comptoir.payments.payment.PaymentGateway.RefundRequest;
import dev.comptoir.payments.payment.PaymentGateway.RefundResult;
import dev.comptoir.payments.payment.PaymentGateway.RefundStatus;
import dev.comptoir.payments.payment.ProviderUnavailableException;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The real stripe-java client against a stand-in Stripe that answers as Stripe does. */
class StripeGatewayTest {
    private static final String API_KEY = "sk_test_51Comptoir0never0logged0key";
    private static final String TOKEN_PARAM = "payment_method_data[shared_payment_granted_token]";
    private static final String AUTHORIZE_KEY = "comptoir-authorize-ord_1";

    private static WireMockServer stripe;

    @BeforeAll
    static void startStripe() {
        stripe = new WireMockServer(options().dynamicPort());
        stripe.start();
    }

    @AfterAll
    static void stopStripe() {
        stripe.stop();
    }

    @BeforeEach
    void forgetRequests() {
        stripe.resetAll();
    }

    @Test
    void authorizationCreatesAConfirmedManualCapturePaymentIntentWithTheTokenUnderTheBusinessKey() {
        answerPaymentIntents(200, paymentIntent("pi_1", "requires_capture"));

        Authorization authorization = gateway().authorize(authorization(false, null));

        assertTrue(authorization.approved());
        assertEquals("pi_1", authorization.providerPaymentId());
        LoggedRequest sent = onlyRequestTo("/v1/payment_intents");
        assertEquals("4200", form(sent, "amount"));
        assertEquals("usd", form(sent, "currency"));
        assertEquals("true", form(sent, "confirm"));
        assertEquals("manual", form(sent, "capture_method"));
        assertEquals("card", form(sent, "payment_method_types[0]"));
        assertEquals("spt_123", form(sent, TOKEN_PARAM));
        assertEquals("ord_1", form(sent, "metadata[order_id]"));
        assertEquals("cs_1", form(sent, "metadata[checkout_session_id]"));
        assertFalse(sent.getBodyAsString().contains("three_d_secure"));
        assertEquals(AUTHORIZE_KEY, sent.getHeader("Idempotency-Key"));
        assertEquals("Bearer " + API_KEY, sent.getHeader("Authorization"));
    }

    @Test
    void authorizationCapturingNowAsksForAutomaticCapture() {
        answerPaymentIntents(200, paymentIntent("pi_1", "succeeded"));

        Authorization authorization = gateway().authorize(authorization(true, null));

        assertTrue(authorization.approved());
        assertEquals("pi_1", authorization.providerPaymentId());
        assertEquals("automatic", form(onlyRequestTo("/v1/payment_intents"), "capture_method"));
    }

    @Test
    void tokenGoesWhereTheConfiguredParameterPathSays() {
        answerPaymentIntents(200, paymentIntent("pi_1", "requires_capture"));

        gateway(new StripeSettings(API_KEY, stripe.baseUrl(), 1, "shared_payment_granted_token"))
                .authorize(authorization(false, null));

        LoggedRequest sent = onlyRequestTo("/v1/payment_intents");
        assertEquals("spt_123", form(sent, "shared_payment_granted_token"));
        assertFalse(sent.getBodyAsString().contains("payment_method_data"));
    }

    @Test
    void authenticatedRetryImportsTheThreeDSecureResult() {
        answerPaymentIntents(200, paymentIntent("pi_2", "requires_capture"));
        ThreeDsResult authenticated = new ThreeDsResult("authenticated", "AAABBBCCCdddEEEfff0123456789=", "05",
                "f8e3c1a0-5d9b-4b7e-9a61-3c2f1e0d9b88", "2.2.0");

        Authorization authorization = gateway().authorize(authorization(false, authenticated));

        assertTrue(authorization.approved());
        LoggedRequest sent = onlyRequestTo("/v1/payment_intents");
        String threeDSecure = "payment_method_options[card][three_d_secure]";
        assertEquals("AAABBBCCCdddEEEfff0123456789=", form(sent, threeDSecure + "[cryptogram]"));
        assertEquals("05", form(sent, threeDSecure + "[electronic_commerce_indicator]"));
        assertEquals("f8e3c1a0-5d9b-4b7e-9a61-3c2f1e0d9b88", form(sent, threeDSecure + "[transaction_id]"));
        assertEquals("2.2.0", form(sent, threeDSecure + "[version]"));
        assertEquals("spt_123", form(sent, TOKEN_PARAM));
    }

    @Test
    void failedAuthenticationSendsNoThreeDSecureResult() {
        answerPaymentIntents(200, paymentIntent("pi_2", "requires_action"));
        ThreeDsResult failed = new ThreeDsResult("denied", null, null, "f8e3c1a0", "2.2.0");

        Authorization authorization = gateway().authorize(authorization(false, failed));

        assertEquals("requires_3ds", authorization.declineCode());
        assertFalse(onlyRequestTo("/v1/payment_intents").getBodyAsString().contains("three_d_secure"));
    }

    @Test
    void cardAskingForAuthenticationIsDeclinedAsRequires3ds() {
        answerPaymentIntents(200, paymentIntent("pi_3", "requires_action"));

        Authorization authorization = gateway().authorize(authorization(false, null));

        assertFalse(authorization.approved());
        assertEquals("requires_3ds", authorization.declineCode());
        assertNull(authorization.providerPaymentId());
    }

    @Test
    void cardErrorIsDeclinedWithStripesDeclineCode() {
        answerPaymentIntents(402, cardError("card_declined", "insufficient_funds"));

        Authorization authorization = gateway().authorize(authorization(false, null));

        assertFalse(authorization.approved());
        assertEquals("insufficient_funds", authorization.declineCode());
        assertEquals("The card has insufficient funds.", authorization.message());
    }

    @Test
    void cardErrorWithoutDeclineCodeIsDeclinedWithItsErrorCode() {
        answerPaymentIntents(402, cardError("expired_card", null));

        Authorization authorization = gateway().authorize(authorization(false, null));

        assertEquals("expired_card", authorization.declineCode());
        assertEquals("The card has expired.", authorization.message());
    }

    @Test
    void genericCardDeclineKeepsItsCodeAndAGenericMessage() {
        answerPaymentIntents(402, cardError("card_declined", "generic_decline"));

        Authorization authorization = gateway().authorize(authorization(false, null));

        assertEquals("generic_decline", authorization.declineCode());
        assertEquals("The card was declined.", authorization.message());
    }

    @Test
    void paymentIntentLeftWithoutAPaymentMethodIsDeclinedWithItsLastError() {
        answerPaymentIntents(200, """
                {"id": "pi_6", "object": "payment_intent", "amount": 4200, "currency": "usd",
                 "status": "requires_payment_method",
                 "last_payment_error": {"type": "card_error", "code": "card_declined", "decline_code": "do_not_honor"}}
                """);

        Authorization authorization = gateway().authorize(authorization(false, null));

        assertFalse(authorization.approved());
        assertEquals("do_not_honor", authorization.declineCode());
        assertEquals("The card was declined.", authorization.message());
    }

    @Test
    void refusedTokenIsADeclineNotAFailure() {
        answerPaymentIntents(400, """
                {"error": {"type": "invalid_request_error", "code": "resource_missing",
                  "param": "payment_method_data[shared_payment_granted_token]",
                  "message": "No such shared_payment_granted_token: 'spt_123'"}}""");

        Authorization authorization = gateway().authorize(authorization(false, null));

        assertFalse(authorization.approved());
        assertEquals("invalid_payment_token", authorization.declineCode());
        assertEquals("The payment token was refused.", authorization.message());
    }

    @Test
    void retryAfterAServerErrorCarriesTheSameIdempotencyKey() {
        stripe.stubFor(post(urlEqualTo("/v1/payment_intents")).inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json(500, apiError()))
                .willSetStateTo("recovered"));
        stripe.stubFor(post(urlEqualTo("/v1/payment_intents")).inScenario("flaky")
                .whenScenarioStateIs("recovered")
                .willReturn(json(200, paymentIntent("pi_4", "requires_capture"))));

        Authorization authorization = gateway().authorize(authorization(false, null));

        assertTrue(authorization.approved());
        assertEquals("pi_4", authorization.providerPaymentId());
        List<LoggedRequest> sent = stripe.findAll(postRequestedFor(urlEqualTo("/v1/payment_intents")));
        assertEquals(2, sent.size());
        assertEquals(AUTHORIZE_KEY, sent.get(0).getHeader("Idempotency-Key"));
        assertEquals(AUTHORIZE_KEY, sent.get(1).getHeader("Idempotency-Key"));
    }

    @Test
    void stripeStillFailingAfterTheRetriesIsAnOutage() {
        answerPaymentIntents(503, apiError());

        ProviderUnavailableException outage = assertThrows(ProviderUnavailableException.class,
                () -> gateway(new StripeSettings(API_KEY, stripe.baseUrl(), 2, TOKEN_PARAM))
                        .authorize(authorization(false, null)));

        assertTrue(outage.getMessage().contains("HTTP 503"), outage.getMessage());
        assertEquals(3, stripe.findAll(postRequestedFor(urlEqualTo("/v1/payment_intents"))).size());
        assertKeyNotRevealed(outage);
    }

    @Test
    void rateLimitIsAnOutage() {
        answerPaymentIntents(429, """
                {"error": {"type": "invalid_request_error", "code": "rate_limit",
                  "message": "Too many requests hit the API too quickly."}}""");

        assertThrows(ProviderUnavailableException.class, () -> gateway().authorize(authorization(false, null)));
    }

    @Test
    void unreachableStripeIsAnOutageForEveryOperation() throws IOException {
        StripeGateway unreachable = gateway(new StripeSettings(API_KEY, "http://127.0.0.1:" + closedPort(), 0,
                TOKEN_PARAM));

        List<Executable> operations = List.of(
                () -> unreachable.authorize(authorization(false, null)),
                () -> unreachable.capture(new CaptureRequest("pi_1", 4200, "comptoir-capture-ord_1")),
                () -> unreachable.cancel(new CancelRequest("pi_1", "comptoir-void-ord_1")),
                () -> unreachable.refund(new RefundRequest("pi_1", "rf_1", 1000, "returned", "comptoir-refund-rf_1")));
        for (Executable operation : operations) {
            assertKeyNotRevealed(assertThrows(ProviderUnavailableException.class, operation));
        }
    }

    @Test
    void rejectedApiKeyIsWaitedOutWithoutRevealingTheKey() {
        answerPaymentIntents(401, """
                {"error": {"type": "invalid_request_error",
                  "message": "Invalid API Key provided: sk_test_********************_key"}}""");

        ProviderUnavailableException outage = assertThrows(ProviderUnavailableException.class,
                () -> gateway().authorize(authorization(false, null)));

        assertKeyNotRevealed(outage);
        assertFalse(new StripeSettings(API_KEY, stripe.baseUrl(), 1, TOKEN_PARAM).toString().contains(API_KEY));
    }

    @Test
    void captureTakesTheAmountOfThePaymentIntentUnderTheBusinessKey() {
        stripe.stubFor(post(urlEqualTo("/v1/payment_intents/pi_1/capture"))
                .willReturn(json(200, paymentIntent("pi_1", "succeeded"))));

        gateway().capture(new CaptureRequest("pi_1", 4200, "comptoir-capture-ord_1"));

        LoggedRequest sent = onlyRequestTo("/v1/payment_intents/pi_1/capture");
        assertEquals("4200", form(sent, "amount_to_capture"));
        assertEquals("comptoir-capture-ord_1", sent.getHeader("Idempotency-Key"));
    }

    @Test
    void captureStripeRefusesIsAnErrorNotAnOutage() {
        stripe.stubFor(post(urlEqualTo("/v1/payment_intents/pi_1/capture")).willReturn(json(400, """
                {"error": {"type": "invalid_request_error", "code": "payment_intent_unexpected_state",
                  "message": "This PaymentIntent could not be captured because it has a status of canceled."}}""")));

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> gateway().capture(new CaptureRequest("pi_1", 4200, "comptoir-capture-ord_1")));

        assertTrue(refused.getMessage().contains("payment_intent_unexpected_state"), refused.getMessage());
    }

    @Test
    void cancelVoidsThePaymentIntentUnderTheBusinessKey() {
        stripe.stubFor(post(urlEqualTo("/v1/payment_intents/pi_1/cancel"))
                .willReturn(json(200, paymentIntent("pi_1", "canceled"))));

        gateway().cancel(new CancelRequest("pi_1", "comptoir-void-ord_1"));

        assertEquals("comptoir-void-ord_1", onlyRequestTo("/v1/payment_intents/pi_1/cancel")
                .getHeader("Idempotency-Key"));
    }

    @Test
    void cancelDuringAnOutageIsAnOutage() {
        stripe.stubFor(post(urlEqualTo("/v1/payment_intents/pi_1/cancel")).willReturn(json(503, apiError())));

        assertThrows(ProviderUnavailableException.class,
                () -> gateway().cancel(new CancelRequest("pi_1", "comptoir-void-ord_1")));
    }

    @Test
    void refundGivesBackPartOfThePaymentIntentUnderTheBusinessKey() {
        answerRefunds(200, refund("re_1", "succeeded", null));

        RefundResult result = gateway().refund(
                new RefundRequest("pi_1", "rf_1", 1500, "damaged", "comptoir-refund-rf_1"));

        assertEquals(new RefundResult("re_1", RefundStatus.SUCCEEDED, null), result);
        LoggedRequest sent = onlyRequestTo("/v1/refunds");
        assertEquals("pi_1", form(sent, "payment_intent"));
        assertEquals("1500", form(sent, "amount"));
        assertEquals("requested_by_customer", form(sent, "reason"));
        assertEquals("rf_1", form(sent, "metadata[refund_id]"));
        assertEquals("damaged", form(sent, "metadata[reason]"));
        assertEquals("comptoir-refund-rf_1", sent.getHeader("Idempotency-Key"));
    }

    @Test
    void refundStripeSettlesLaterIsPending() {
        for (String status : List.of("pending", "requires_action")) {
            answerRefunds(200, refund("re_2", status, null));

            assertEquals(new RefundResult("re_2", RefundStatus.PENDING, null), gateway().refund(
                    new RefundRequest("pi_1", "rf_2", 1500, "damaged", "comptoir-refund-rf_2")));
        }
    }

    @Test
    void refundTheIssuerRefusesFailsWithItsReason() {
        answerRefunds(200, refund("re_3", "failed", "expired_or_canceled_card"));
        assertEquals(new RefundResult("re_3", RefundStatus.FAILED, "expired_or_canceled_card"), gateway().refund(
                new RefundRequest("pi_1", "rf_3", 1500, "damaged", "comptoir-refund-rf_3")));

        answerRefunds(200, refund("re_4", "canceled", null));
        assertEquals(new RefundResult("re_4", RefundStatus.FAILED, "canceled"), gateway().refund(
                new RefundRequest("pi_1", "rf_4", 1500, "damaged", "comptoir-refund-rf_4")));
    }

    @Test
    void refundStripeRefusesFailsWithStripesCode() {
        answerRefunds(400, """
                {"error": {"type": "invalid_request_error", "code": "charge_already_refunded",
                  "message": "Charge ch_1 has already been refunded."}}""");

        assertEquals(new RefundResult(null, RefundStatus.FAILED, "charge_already_refunded"), gateway().refund(
                new RefundRequest("pi_1", "rf_5", 1500, "damaged", "comptoir-refund-rf_5")));
    }

    @Test
    void refundDuringAnOutageIsAnOutage() {
        answerRefunds(500, apiError());

        assertThrows(ProviderUnavailableException.class, () -> gateway().refund(
                new RefundRequest("pi_1", "rf_6", 1500, "damaged", "comptoir-refund-rf_6")));
    }

    private static StripeGateway gateway() {
        return gateway(new StripeSettings(API_KEY, stripe.baseUrl(), 1, TOKEN_PARAM));
    }

    private static StripeGateway gateway(StripeSettings settings) {
        return new StripeGateway(settings);
    }

    private static AuthorizationRequest authorization(boolean captureNow, ThreeDsResult authentication) {
        return new AuthorizationRequest("ord_1", "cs_1", "spt_123", 4200, "USD", captureNow, authentication,
                AUTHORIZE_KEY);
    }

    private static void answerPaymentIntents(int status, String body) {
        stripe.stubFor(post(urlEqualTo("/v1/payment_intents")).willReturn(json(status, body)));
    }

    private static void answerRefunds(int status, String body) {
        stripe.stubFor(post(urlEqualTo("/v1/refunds")).willReturn(json(status, body)));
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withHeader("Request-Id", "req_test").withBody(body);
    }

    private static LoggedRequest onlyRequestTo(String path) {
        List<LoggedRequest> sent = stripe.findAll(postRequestedFor(anyUrl()));
        assertEquals(1, sent.size(), "requests to Stripe");
        assertEquals(path, sent.get(0).getUrl());
        return sent.get(0);
    }

    private static String form(LoggedRequest request, String name) {
        return request.formParameter(name).firstValue();
    }

    private static String paymentIntent(String id, String status) {
        return """
                {"id": "%s", "object": "payment_intent", "amount": 4200, "amount_capturable": 4200,
                 "amount_received": 0, "currency": "usd", "status": "%s", "capture_method": "manual",
                 "confirmation_method": "automatic", "livemode": false, "payment_method_types": ["card"],
                 "metadata": {"order_id": "ord_1", "checkout_session_id": "cs_1"}, "created": 1767225600}
                """.formatted(id, status);
    }

    private static String refund(String id, String status, String failureReason) {
        return """
                {"id": "%s", "object": "refund", "amount": 1500, "currency": "usd", "payment_intent": "pi_1",
                 "reason": "requested_by_customer", "status": "%s", "failure_reason": %s,
                 "metadata": {"refund_id": "rf_1"}, "created": 1767225600}
                """.formatted(id, status, failureReason == null ? "null" : "\"" + failureReason + "\"");
    }

    private static String cardError(String code, String declineCode) {
        return """
                {"error": {"type": "card_error", "code": "%s", %s "message": "Your card was declined.",
                  "payment_intent": {"id": "pi_5", "object": "payment_intent", "status": "requires_payment_method"}}}
                """.formatted(code, declineCode == null ? "" : "\"decline_code\": \"" + declineCode + "\",");
    }

    private static String apiError() {
        return """
                {"error": {"type": "api_error", "message": "An unknown error occurred"}}""";
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void assertKeyNotRevealed(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            assertFalse(String.valueOf(cause.getMessage()).contains(API_KEY), cause.toString());
            assertFalse(cause.toString().contains(API_KEY), cause.toString());
        }
    }
}
