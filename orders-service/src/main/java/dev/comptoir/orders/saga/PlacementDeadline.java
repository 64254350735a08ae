package dev.comptoir.orders.saga;

import dev.comptoir.orders.checkout.Checkouts;
import dev.comptoir.orders.order.Order;
import dev.comptoir.orders.order.OrderStatus;
import dev.comptoir.orders.order.OrderUpdates;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Placement waits for payment and stock, but not forever: redeliveries and the consumers' own retries happen within
 * {@code comptoir.orders.placement-deadline}; an order still waiting after it is canceled ({@code deadline_expired}),
 * which voids whatever was authorized and releases whatever was reserved, and the buyer can pay again.
 */
@ApplicationScoped
public class PlacementDeadline {
    static final String DEADLINE_EXPIRED = "deadline_expired";
    private static final Logger LOG = Logger.getLogger(PlacementDeadline.class);
    private static final int BATCH = 100;

    private final Cancellation cancellation;
    private final Checkouts checkouts;
    private final OrderUpdates updates;
    private final Duration deadline;

    public PlacementDeadline(Cancellation cancellation, Checkouts checkouts, OrderUpdates updates,
            @ConfigProperty(name = "comptoir.orders.placement-deadline") Duration deadline) {
        this.cancellation = cancellation;
        this.checkouts = checkouts;
        this.updates = updates;
        this.deadline = deadline;
    }

    @Scheduled(every = "{comptoir.orders.deadline-check-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void check() {
        expirePlacedBefore(OffsetDateTime.now().minus(deadline));
    }

    /** Cancels the orders placed before {@code cutoff} that still wait; returns how many. */
    public int expirePlacedBefore(OffsetDateTime cutoff) {
        List<String> waiting = QuarkusTransaction.requiringNew().call(() -> Order.<Order>find(
                "status = ?1 and createdAt < ?2 order by createdAt", OrderStatus.CREATED, cutoff)
                .page(0, BATCH).list().stream().map(order -> order.id).toList());
        int expired = 0;
        for (String orderId : waiting) {
            if (QuarkusTransaction.requiringNew().call(() -> expire(orderId))) {
                expired++;
            }
        }
        if (expired > 0) {
            LOG.warnf("%d order(s) still waiting for payment or stock after %s were canceled", expired, deadline);
        }
        return expired;
    }

    private boolean expire(String orderId) {
        Order order = Order.lockForUpdate(orderId).orElse(null);
        if (order == null || order.status != OrderStatus.CREATED) {
            return false;
        }
        cancellation.cancelLocked(order, DEADLINE_EXPIRED, "payment "
                + order.paymentState.name().toLowerCase(Locale.ROOT) + ", stock "
                + order.stockState.name().toLowerCase(Locale.ROOT) + " after " + deadline);
        checkouts.orderProgressed(order);
        updates.publishIfChanged(order);
        return true;
    }
}
