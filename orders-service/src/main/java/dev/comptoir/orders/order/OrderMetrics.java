package dev.comptoir.orders.order;

import dev.comptoir.platform.observability.AfterCommit;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * The order numbers an operator watches: {@code comptoir.orders.placed}, {@code .confirmed}, {@code .canceled} by
 * reason, and how long placement took ({@code comptoir.orders.placement.duration}, by outcome: from the order placed
 * to its confirmation or its cancellation by the placement saga), how long returns took
 * ({@code comptoir.returns.duration}, from the request to refunded, rejected, expired or manual review). Counted once
 * the transaction has committed.
 */
@ApplicationScoped
public class OrderMetrics {
    private final MeterRegistry meters;
    private final AfterCommit afterCommit;

    public OrderMetrics(MeterRegistry meters, AfterCommit afterCommit) {
        this.meters = meters;
        this.afterCommit = afterCommit;
    }

    public void placed() {
        afterCommit.run(() -> meters.counter("comptoir.orders.placed").increment());
    }

    public void confirmed(Order order) {
        Duration placement = placementSoFar(order);
        afterCommit.run(() -> {
            meters.counter("comptoir.orders.confirmed").increment();
            placementTook(placement, "confirmed");
        });
    }

    /** {@code wasPlacing}: the order was still waiting for payment and stock, so its placement ends here. */
    public void canceled(Order order, String reason, boolean wasPlacing) {
        Duration placement = placementSoFar(order);
        afterCommit.run(() -> {
            meters.counter("comptoir.orders.canceled", "reason", reason).increment();
            if (wasPlacing) {
                placementTook(placement, "canceled");
            }
        });
    }

    /** A return reached where it ends ({@code outcome}: refunded, rejected, expired, manual_review). */
    public void returnEnded(OffsetDateTime requestedAt, String outcome) {
        Duration took = Duration.between(requestedAt, OffsetDateTime.now());
        afterCommit.run(() -> Timer.builder("comptoir.returns.duration").tag("outcome", outcome)
                .description("From the return requested to where it ended").register(meters).record(took));
    }

    private static Duration placementSoFar(Order order) {
        return Duration.between(order.createdAt, OffsetDateTime.now());
    }

    private void placementTook(Duration placement, String outcome) {
        Timer.builder("comptoir.orders.placement.duration").tag("outcome", outcome)
                .description("From the order placed to its confirmation or cancellation").register(meters)
                .record(placement);
    }
}
