package dev.comptoir.platform.acp;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Deletes the idempotency records older than {@code comptoir.idempotency.retention}, every
 * {@code comptoir.idempotency.purge-interval}. These are exactly the records that {@link Idempotency} would already
 * treat as expired and claim anew, so no answer that could still be replayed, and no claim still in its window, goes.
 * The leases of the processes that stopped that long ago go with them: no record younger than them names them.
 */
@ApplicationScoped
public class IdempotencyPurge {
    private static final Logger LOG = Logger.getLogger(IdempotencyPurge.class);
    private static final int BATCH_SIZE = 1000;

    private final EntityManager entityManager;
    private final InstanceLease lease;
    private final Duration retention;

    public IdempotencyPurge(EntityManager entityManager, InstanceLease lease,
            @ConfigProperty(name = "comptoir.idempotency.retention") Duration retention) {
        this.entityManager = entityManager;
        this.lease = lease;
        this.retention = retention;
    }

    /**
     * One transaction per batch, so that a large backlog never holds its locks for long. Rows that are locked are
     * skipped: a request claiming its key anew renews them, another replica's purge deletes them.
     */
    @Scheduled(every = "{comptoir.idempotency.purge-interval}", concurrentExecution = ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public void purge() {
        OffsetDateTime expiredBefore = OffsetDateTime.now().minus(retention);
        int total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                    delete from idempotency_record where (scope, idem_key) in (
                        select scope, idem_key from idempotency_record where created_at < :expiredBefore
                        limit :limit for update skip locked)""")
                    .setParameter("expiredBefore", expiredBefore)
                    .setParameter("limit", BATCH_SIZE)
                    .executeUpdate());
            total += deleted;
        } while (deleted == BATCH_SIZE);
        if (total > 0) {
            LOG.infof("Purged %d expired idempotency records", total);
        }
        QuarkusTransaction.requiringNew().run(() -> lease.purgeRenewedBefore(expiredBefore));
    }
}
