package dev.comptoir.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One agent checkout, as scripts/agent-checkout.sh and the system tests do it: open a session with items, give the
 * address, pick the first shipping option offered, get a delegated token for the total at the PSP, complete, then
 * follow the order until the saga confirms it. Every order placed is handed to the caller, confirmed or not.
 */
public final class CheckoutFlow {
    private static final Set<String> CONFIRMED = Set.of("confirmed", "processing");
    /** Completion answered while the payment is still being authorized already carries the order to follow. */
    private static final Set<String> COMPLETING = Set.of("completed", "complete_in_progress");
    private static final String APPROVED_CARD = "4242424242424242";

    private final AcpClient client;
    private final BenchOptions options;

    public CheckoutFlow(AcpClient client, BenchOptions options) {
        this.client = client;
        this.options = options;
    }

    public void run(String sku, StepTimings timings, Consumer<String> placedOrders)
            throws StepFailure, InterruptedException {
        long checkoutStart = System.nanoTime();
        JsonNode session = timed(timings, Step.CREATE_SESSION, () -> client.post(Step.CREATE_SESSION,
                orders("/checkout_sessions"), Map.of("currency", "usd",
                        "line_items", List.of(Map.of("id", sku, "quantity", 1)))));
        String sessionId = text(session, "id", Step.CREATE_SESSION);
        URI sessionUri = orders("/checkout_sessions/" + sessionId);

        JsonNode addressed = timed(timings, Step.ADD_ADDRESS, () -> client.post(Step.ADD_ADDRESS, sessionUri,
                Map.of("fulfillment_details", buyerAddress())));
        String optionId = text(addressed.path("fulfillment_options").path(0), "id", Step.ADD_ADDRESS);

        JsonNode priced = timed(timings, Step.SELECT_SHIPPING, () -> client.post(Step.SELECT_SHIPPING, sessionUri,
                Map.of("selected_fulfillment_options", List.of(Map.of("type", "shipping", "option_id", optionId,
                        "item_ids", lineItemIds(addressed))))));
        long total = total(priced);

        JsonNode delegated = timed(timings, Step.DELEGATE_PAYMENT, () -> client.post(Step.DELEGATE_PAYMENT,
                URI.create(options.paymentsUrl() + "/agentic_commerce/delegate_payment"),
                delegation(sessionId, total)));
        String token = text(delegated, "id", Step.DELEGATE_PAYMENT);

        long completeStart = System.nanoTime();
        JsonNode completed = timed(timings, Step.COMPLETE, () -> client.post(Step.COMPLETE,
                orders("/checkout_sessions/" + sessionId + "/complete"), completion(token)));
        if (!COMPLETING.contains(completed.path("status").asText())) {
            throw new StepFailure(Step.COMPLETE, "not_completed " + completed.path("messages").path(0)
                    .path("code").asText(completed.path("status").asText()), completed.toString());
        }
        String orderId = text(completed.path("order"), "id", Step.COMPLETE);
        placedOrders.accept(orderId);

        awaitConfirmation(orderId);
        long confirmed = System.nanoTime();
        timings.record(Step.COMPLETE_TO_CONFIRMED, Duration.ofNanos(confirmed - completeStart));
        timings.record(Step.CHECKOUT_TO_CONFIRMED, Duration.ofNanos(confirmed - checkoutStart));
    }

    private void awaitConfirmation(String orderId) throws StepFailure, InterruptedException {
        long deadline = System.nanoTime() + options.confirmationTimeout().toNanos();
        String status = "unknown";
        while (System.nanoTime() < deadline) {
            status = client.get(Step.COMPLETE_TO_CONFIRMED, orders("/orders/" + orderId)).path("status").asText();
            if (CONFIRMED.contains(status)) {
                return;
            }
            if ("canceled".equals(status)) {
                throw new StepFailure(Step.COMPLETE_TO_CONFIRMED, "order_canceled", orderId);
            }
            Thread.sleep(options.pollInterval().toMillis());
        }
        throw new StepFailure(Step.COMPLETE_TO_CONFIRMED, "confirmation_timeout",
                orderId + " still " + status + " after " + options.confirmationTimeout());
    }

    private URI orders(String path) {
        return URI.create(options.ordersUrl() + path);
    }

    private static Map<String, Object> buyerAddress() {
        return Map.of("name", "Ada Lovelace", "email", "ada@example.com",
                "address", Map.of("name", "Ada Lovelace", "line_one", "1234 Chat Road", "city", "San Francisco",
                        "state", "CA", "country", "US", "postal_code", "94131"));
    }

    private static Map<String, Object> delegation(String sessionId, long total) {
        return Map.of(
                "payment_method", Map.of("type", "card", "card_number_type", "fpan", "number", APPROVED_CARD,
                        "exp_month", "12", "exp_year", "2030", "cvc", "123",
                        "display_card_funding_type", "credit", "metadata", Map.of()),
                "allowance", Map.of("reason", "one_time", "max_amount", total, "currency", "usd",
                        "checkout_session_id", sessionId, "merchant_id", "comptoir_demo",
                        "expires_at", OffsetDateTime.now(ZoneOffset.UTC).plusHours(1).withNano(0).toString()),
                "risk_signals", List.of(),
                "metadata", Map.of("source", "bench"));
    }

    private static Map<String, Object> completion(String token) {
        return Map.of(
                "buyer", Map.of("first_name", "Ada", "last_name", "Lovelace", "email", "ada@example.com"),
                "payment_data", Map.of("handler_id", "card_tokenized", "instrument",
                        Map.of("type", "card", "credential", Map.of("type", "spt", "token", token))));
    }

    private static List<String> lineItemIds(JsonNode session) {
        List<String> ids = new ArrayList<>();
        session.path("line_items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    private static long total(JsonNode session) throws StepFailure {
        for (JsonNode total : session.path("totals")) {
            if ("total".equals(total.path("type").asText())) {
                return total.path("amount").asLong();
            }
        }
        throw new StepFailure(Step.SELECT_SHIPPING, "no_total", session.toString());
    }

    private static String text(JsonNode node, String field, Step step) throws StepFailure {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new StepFailure(step, "missing_" + field, node.toString());
        }
        return value.asText();
    }

    private static JsonNode timed(StepTimings timings, Step step, Request request) throws StepFailure {
        long start = System.nanoTime();
        JsonNode answer = request.send();
        timings.record(step, Duration.ofNanos(System.nanoTime() - start));
        return answer;
    }

    @FunctionalInterface
    private interface Request {
        JsonNode send() throws StepFailure;
    }
}
