package dev.comptoir.orders.order;

import dev.comptoir.platform.observability.AfterCommit;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;

/**
 * Orders a person must look at (a dispute, a refund that keeps failing, a step nobody answers): visible in
 * {@code GET /admin/orders?status=manual_review} and counted in {@code comptoir.orders.manual.review} by reason, so an
 * operator can alert on it.
 */
@ApplicationScoped
public class ManualReview {
    private final MeterRegistry meters;
    private final AfterCommit afterCommit;

    public ManualReview(MeterRegistry meters, AfterCommit afterCommit) {
        this.meters = meters;
        this.afterCommit = afterCommit;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void send(String orderId, String reason) {
        Order.lockForUpdate(orderId).filter(order -> order.status != OrderStatus.MANUAL_REVIEW).ifPresent(order -> {
            order.status = OrderStatus.MANUAL_REVIEW;
            order.updatedAt = OffsetDateTime.now();
            afterCommit.run(() -> meters.counter("comptoir.orders.manual.review", "reason", reason).increment());
        });
    }
}
