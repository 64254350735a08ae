package dev.comptoir.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The flow against a real HTTP server that answers like the merchant and the PSP do (the JSON shapes of the
 * orders-service tests), recording what the agent sent.
 */
class CheckoutFlowTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Map.Entry<String, JsonNode>> received = new CopyOnWriteArrayList<>();
    private final Set<String> idempotencyKeys = ConcurrentHashMap.newKeySet();
    private final AtomicInteger orderPolls = new AtomicInteger();
    private final List<String> placed = new CopyOnWriteArrayList<>();
    private final List<String> completeKeys = new CopyOnWriteArrayList<>();
    private final AtomicInteger completeOutages = new AtomicInteger();
    private volatile int completeStatus = 200;
    private volatile String completedSessionStatus = "completed";
    private HttpServer server;

    @BeforeEach
    void startMerchant() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stopMerchant() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if (!"Bearer local-agent-token".equals(exchange.getRequestHeaders().getFirst("Authorization"))
                || !"2026-04-17".equals(exchange.getRequestHeaders().getFirst("API-Version"))) {
            reply(exchange, 401, "{\"type\":\"invalid_request\",\"code\":\"unauthorized\",\"message\":\"no\"}");
            return;
        }
        if (path.endsWith("/complete")) {
            completeKeys.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
            if (completeOutages.getAndDecrement() > 0) {
                reply(exchange, 503, "{\"type\":\"processing_error\",\"code\":\"unavailable\",\"message\":\"x\"}");
                return;
            }
        }
        if ("POST".equals(method) && !idempotencyKeys.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"))) {
            reply(exchange, 409, "{\"type\":\"invalid_request\",\"code\":\"idempotency_conflict\",\"message\":\"x\"}");
            return;
        }
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(Map.entry(method + " " + path, body.isEmpty() ? JSON.nullNode() : JSON.readTree(body)));
        switch (method + " " + path) {
            case "POST /checkout_sessions" -> reply(exchange, 201,
                    "{\"id\":\"cs_1\",\"status\":\"not_ready_for_payment\",\"line_items\":[{\"id\":\"li_1\"}]}");
            case "POST /checkout_sessions/cs_1" -> reply(exchange, 200, body.contains("selected_fulfillment_options")
                    ? "{\"id\":\"cs_1\",\"status\":\"ready_for_payment\",\"totals\":[{\"type\":\"subtotal\","
                            + "\"amount\":1800},{\"type\":\"total\",\"amount\":2423}]}"
                    : "{\"id\":\"cs_1\",\"status\":\"not_ready_for_payment\",\"line_items\":[{\"id\":\"li_1\"}],"
                            + "\"fulfillment_options\":[{\"id\":\"ship_standard\"},{\"id\":\"ship_express\"}]}");
            case "POST /agentic_commerce/delegate_payment" -> reply(exchange, 201, "{\"id\":\"vt_1\"}");
            case "POST /checkout_sessions/cs_1/complete" -> reply(exchange, completeStatus, completeStatus == 200
                    ? "{\"id\":\"cs_1\",\"status\":\"" + completedSessionStatus + "\",\"order\":{\"id\":\"ord_1\"}}"
                    : "{\"type\":\"invalid_request\",\"code\":\"request_in_flight\",\"message\":\"busy\"}");
            case "GET /orders/ord_1" -> reply(exchange, 200, orderPolls.incrementAndGet() < 3
                    ? "{\"id\":\"ord_1\",\"status\":\"created\"}" : "{\"id\":\"ord_1\",\"status\":\"confirmed\"}");
            default -> reply(exchange, 404, "{\"type\":\"invalid_request\",\"code\":\"not_found\",\"message\":\"?\"}");
        }
    }

    private static void reply(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private CheckoutFlow flow() {
        return flow(Patience.NONE);
    }

    private CheckoutFlow flow(Patience patience) {
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        BenchOptions options = BenchOptions.parse("--orders-url", url, "--payments-url", url,
                "--confirm-timeout", "500ms");
        return new CheckoutFlow(new AcpClient(HttpClient.newHttpClient(), options.agentToken(),
                Duration.ofSeconds(5), patience), options);
    }

    private JsonNode sent(String request) {
        return received.stream().filter(e -> e.getKey().equals(request)).map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("never sent " + request + ": " + received));
    }

    @Test
    void aCheckoutGoesThroughEveryStepInOrderAndIsTimedUntilTheOrderIsConfirmed() throws Exception {
        StepTimings timings = new StepTimings();

        flow().run("mug-black", timings, placed::add);

        assertEquals(List.of("POST /checkout_sessions", "POST /checkout_sessions/cs_1", "POST /checkout_sessions/cs_1",
                "POST /agentic_commerce/delegate_payment", "POST /checkout_sessions/cs_1/complete",
                "GET /orders/ord_1", "GET /orders/ord_1", "GET /orders/ord_1"),
                received.stream().map(Map.Entry::getKey).toList());
        assertEquals(5, idempotencyKeys.size(), "a fresh idempotency key per POST");
        assertEquals(List.of("ord_1"), placed);
        for (Step step : Step.values()) {
            assertEquals(step.timed() ? 1 : 0, timings.snapshot(step).getTotalCount(), step.label());
        }
    }

    @Test
    void theAgentPicksTheOfferedShippingAndPaysExactlyTheSessionTotal() throws Exception {
        flow().run("mug-black", new StepTimings(), placed::add);

        JsonNode created = sent("POST /checkout_sessions");
        assertEquals("mug-black", created.at("/line_items/0/id").asText());
        assertTrue(created.path("fulfillment_details").isMissingNode(), "items only at creation");
        JsonNode selection = received.get(2).getValue().at("/selected_fulfillment_options/0");
        assertEquals("ship_standard", selection.path("option_id").asText());
        assertEquals("li_1", selection.at("/item_ids/0").asText());
        JsonNode allowance = sent("POST /agentic_commerce/delegate_payment").path("allowance");
        assertEquals(2423, allowance.path("max_amount").asInt());
        assertEquals("cs_1", allowance.path("checkout_session_id").asText());
        assertEquals("comptoir_demo", allowance.path("merchant_id").asText());
        assertEquals("vt_1", sent("POST /checkout_sessions/cs_1/complete")
                .at("/payment_data/instrument/credential/token").asText());
    }

    @Test
    void aRefusedCompletionFailsAtThatStepWithTheAcpCodeAndIsNotCountedAsConfirmed() {
        completeStatus = 409;
        StepTimings timings = new StepTimings();

        StepFailure failure = assertThrows(StepFailure.class, () -> flow().run("mug-black", timings,
                placed::add));

        assertEquals(Step.COMPLETE, failure.step());
        assertEquals("http_409 request_in_flight", failure.kind());
        assertEquals(0, timings.snapshot(Step.COMPLETE_TO_CONFIRMED).getTotalCount());
    }

    @Test
    void aCompletionStillInProgressIsFollowedToItsConfirmedOrder() throws Exception {
        completedSessionStatus = "complete_in_progress";
        StepTimings timings = new StepTimings();

        flow().run("mug-black", timings, placed::add);

        assertEquals(1, timings.snapshot(Step.COMPLETE_TO_CONFIRMED).getTotalCount());
    }

    @Test
    void anOrderNeverConfirmedCountsAsAConfirmationTimeout() {
        orderPolls.set(Integer.MIN_VALUE);

        StepFailure failure = assertThrows(StepFailure.class, () -> flow().run("mug-black",
                new StepTimings(), placed::add));

        assertEquals(Step.COMPLETE_TO_CONFIRMED, failure.step());
        assertEquals("confirmation_timeout", failure.kind());
        assertEquals(List.of("ord_1"), placed, "an order placed but never confirmed is still the bench's order");
    }

    @Test
    void aPatientAgentRetriesAnUnavailableMerchantWithTheSameIdempotencyKeyUntilItAnswers() throws Exception {
        completeOutages.set(2);

        flow(Patience.retryingEvery300msFor(Duration.ofSeconds(5))).run("mug-black", new StepTimings(),
                placed::add);

        assertEquals(3, completeKeys.size(), "two 503s, then the answer");
        assertEquals(1, Set.copyOf(completeKeys).size(), "one idempotency key for the three tries");
        assertEquals(List.of("ord_1"), placed);
    }

    @Test
    void aPatientAgentDoesNotRetryARequestTheMerchantRefused() {
        completeStatus = 400;

        StepFailure failure = assertThrows(StepFailure.class, () -> flow(Patience.retryingEvery300msFor(
                Duration.ofSeconds(5))).run("mug-black", new StepTimings(), placed::add));

        assertEquals("http_400 request_in_flight", failure.kind());
        assertEquals(1, completeKeys.size());
    }
}
