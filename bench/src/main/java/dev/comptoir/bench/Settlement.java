package dev.comptoir.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * After a chaos run: waits until every order the bench placed has settled (or the settle timeout passed), then reads
 * its payments and the stock of every item sold, and checks the {@link Invariants}.
 */
public final class Settlement {
    private static final Duration ROUND_EVERY = Duration.ofSeconds(1);

    private final AcpClient agent;
    private final AcpClient merchant;
    private final BenchOptions options;
    private final PrintStream log;

    public Settlement(AcpClient agent, AcpClient merchant, BenchOptions options, PrintStream log) {
        this.agent = agent;
        this.merchant = merchant;
        this.options = options;
        this.log = log;
    }

    public Invariants.Verdict check(List<String> orderIds) throws InterruptedException {
        Map<String, String> statuses = awaitSettled(orderIds);
        List<String> unreadable = new ArrayList<>();
        List<Invariants.OrderState> orders = new ArrayList<>();
        for (String orderId : orderIds) {
            List<Invariants.PaymentState> payments = new ArrayList<>();
            try {
                for (JsonNode payment : merchant.get(Step.AFTER_RUN_CHECK, URI.create(options.paymentsUrl()
                        + "/payments?order_id=" + URLEncoder.encode(orderId, StandardCharsets.UTF_8)))) {
                    payments.add(new Invariants.PaymentState(payment.path("amount").asLong(),
                            payment.path("authorized").asLong(), payment.path("captured").asLong()));
                }
            } catch (StepFailure unanswered) {
                unreadable.add("payments of " + orderId + " unreadable: " + unanswered.kind());
            }
            orders.add(new Invariants.OrderState(orderId, statuses.get(orderId), payments));
        }
        List<Invariants.StockState> stock = new ArrayList<>();
        for (String sku : options.skus()) {
            try {
                JsonNode level = merchant.get(Step.AFTER_RUN_CHECK, URI.create(options.fulfillmentUrl() + "/stock/"
                        + URLEncoder.encode(sku, StandardCharsets.UTF_8)));
                stock.add(new Invariants.StockState(sku, level.path("on_hand").asLong(),
                        level.path("reserved").asLong()));
            } catch (StepFailure unanswered) {
                unreadable.add("stock of " + sku + " unreadable: " + unanswered.kind());
            }
        }
        return Invariants.check(orders, stock, unreadable);
    }

    /** Each order's last status seen; {@code unknown} for one never read. */
    private Map<String, String> awaitSettled(List<String> orderIds) throws InterruptedException {
        Map<String, String> statuses = new LinkedHashMap<>();
        orderIds.forEach(id -> statuses.put(id, "unknown"));
        long deadline = System.nanoTime() + options.settleTimeout().toNanos();
        while (true) {
            List<String> pending = statuses.entrySet().stream()
                    .filter(entry -> !Invariants.SETTLED.contains(entry.getValue())).map(Map.Entry::getKey).toList();
            if (pending.isEmpty() || System.nanoTime() > deadline) {
                return statuses;
            }
            log.println("[chaos] " + pending.size() + " of " + orderIds.size() + " orders not settled yet");
            for (String orderId : pending) {
                try {
                    statuses.put(orderId, agent.get(Step.AFTER_RUN_CHECK, URI.create(options.ordersUrl()
                            + "/orders/" + URLEncoder.encode(orderId, StandardCharsets.UTF_8)))
                            .path("status").asText("unknown"));
                } catch (StepFailure unanswered) {
                    // still pending: asked again next round
                }
            }
            Thread.sleep(ROUND_EVERY.toMillis());
        }
    }
}
