package dev.comptoir.platform.acp;

import dev.comptoir.platform.work.BackgroundLoop;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This process's lease: a row of {@code instance_lease} renewed every {@code comptoir.idempotency.lease-renewal} while
 * the process runs. An owner whose lease was not renewed within {@code comptoir.idempotency.lease-ttl} is gone
 * (killed, or cut off from the database): what it claimed may be taken over. The times are the replicas' clocks, which
 * are assumed to agree well within the ttl.
 */
@ApplicationScoped
public class InstanceLease {
    private final String instanceId = UUID.randomUUID().toString();
    private final EntityManager entityManager;
    private final Duration ttl;
    private final BackgroundLoop renewals;

    public InstanceLease(EntityManager entityManager,
            @ConfigProperty(name = "comptoir.idempotency.lease-renewal") Duration renewal,
            @ConfigProperty(name = "comptoir.idempotency.lease-ttl") Duration ttl) {
        this.entityManager = entityManager;
        this.ttl = ttl;
        this.renewals = new BackgroundLoop("instance-lease", renewal, () -> {
            QuarkusTransaction.requiringNew().run(this::renew);
            return false;
        });
    }

    void start(@Observes StartupEvent startup) {
        QuarkusTransaction.requiringNew().run(this::renew);
        renewals.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        renewals.stop(Duration.ofSeconds(1));
    }

    public String instanceId() {
        return instanceId;
    }

    /** Whether {@code owner} renewed its lease within the ttl (false for an owner that never had one). */
    public boolean isAlive(String owner) {
        Number fresh = (Number) entityManager.createNativeQuery(
                "select count(*) from instance_lease where instance_id = :owner and renewed_at >= :cutoff")
                .setParameter("owner", owner)
                .setParameter("cutoff", OffsetDateTime.now().minus(ttl))
                .getSingleResult();
        return fresh.intValue() > 0;
    }

    /** Deletes the leases of the processes that stopped renewing before {@code cutoff}; returns how many. */
    int purgeRenewedBefore(OffsetDateTime cutoff) {
        return entityManager.createNativeQuery("delete from instance_lease where renewed_at < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }

    private void renew() {
        OffsetDateTime now = OffsetDateTime.now();
        int renewed = entityManager.createNativeQuery(
                "update instance_lease set renewed_at = :now where instance_id = :id")
                .setParameter("now", now)
                .setParameter("id", instanceId)
                .executeUpdate();
        if (renewed == 0) {
            entityManager.createNativeQuery("insert into instance_lease (instance_id, renewed_at) values (:id, :now)")
                    .setParameter("id", instanceId)
                    .setParameter("now", now)
                    .executeUpdate();
        }
    }
}
