package dev.comptoir.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What must hold after a chaos run, over every order the bench placed: it settled, it was paid at most once and never
 * captured beyond what was authorized, and no stock count went negative.
 */
public final class Invariants {
    /**
     * The order statuses it may rest in (OrderStatus of orders-service): {@code created} is still waiting, and
     * {@code manual_review} needs a person, so neither counts as settled.
     */
    static final Set<String> SETTLED = Set.of("confirmed", "processing", "shipped", "completed", "canceled");

    /** An order as last seen; status {@code unknown} when it could not be read. */
    public record OrderState(String orderId, String status, List<PaymentState> payments) {
    }

    /** One payment from payments-service, minor units. */
    public record PaymentState(long amount, long authorized, long captured) {
    }

    public record StockState(String sku, long onHand, long reserved) {
    }

    public record Verdict(long orders, Map<String, Long> byStatus, List<String> violations) {
        public boolean holds() {
            return violations.isEmpty();
        }
    }

    private Invariants() {
    }

    /** {@code unreadable}: what could not be checked (a payment or a stock count), each a violation. */
    public static Verdict check(List<OrderState> orders, List<StockState> stock, List<String> unreadable) {
        Map<String, Long> byStatus = new TreeMap<>();
        List<String> violations = new ArrayList<>(unreadable);
        for (OrderState order : orders) {
            byStatus.merge(order.status(), 1L, Long::sum);
            if (!SETTLED.contains(order.status())) {
                violations.add(order.orderId() + " did not settle: " + order.status());
            }
            if (order.payments().size() > 1) {
                violations.add(order.orderId() + " has " + order.payments().size() + " payments");
            }
            for (PaymentState payment : order.payments()) {
                if (payment.authorized() > payment.amount()) {
                    violations.add(order.orderId() + " authorized " + payment.authorized() + " of "
                            + payment.amount());
                }
                if (payment.captured() > payment.authorized()) {
                    violations.add(order.orderId() + " captured " + payment.captured() + " but authorized "
                            + payment.authorized());
                }
            }
        }
        for (StockState item : stock) {
            if (item.onHand() < 0 || item.reserved() < 0) {
                violations.add(item.sku() + " stock went negative: on_hand " + item.onHand() + ", reserved "
                        + item.reserved());
            }
        }
        return new Verdict(orders.size(), byStatus, violations);
    }
}
