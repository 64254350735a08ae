package dev.comptoir.orders.checkout;

import dev.comptoir.platform.observability.AfterCommit;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostUpdate;

/**
 * Counts checkout sessions reaching each status ({@code comptoir.checkouts{status}}), whichever code path moved
 * them: the status stored last is remembered when a session is loaded or written. Counted once the transaction has
 * committed.
 */
@ApplicationScoped
public class CheckoutMetrics {
    private final MeterRegistry meters;
    private final AfterCommit afterCommit;

    public CheckoutMetrics(MeterRegistry meters, AfterCommit afterCommit) {
        this.meters = meters;
        this.afterCommit = afterCommit;
    }

    @PostLoad
    void loaded(CheckoutSession session) {
        session.storedStatus = session.status;
    }

    @PostPersist
    @PostUpdate
    void stored(CheckoutSession session) {
        if (session.status != session.storedStatus) {
            String status = session.status.acpName();
            afterCommit.run(() -> meters.counter("comptoir.checkouts", "status", status).increment());
            session.storedStatus = session.status;
        }
    }
}
