package dev.comptoir.platform.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * How far the relay lags behind: rows not yet published and the age of the oldest. Counted on a schedule
 * ({@code comptoir.outbox.metrics-interval}), never by the scrape itself, so scrapes cost the database nothing.
 */
@ApplicationScoped
public class OutboxMetrics {
    private static final Logger LOG = Logger.getLogger(OutboxMetrics.class);

    private final EntityManager entityManager;
    private final Clock clock;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestAgeSeconds = new AtomicLong();

    public OutboxMetrics(EntityManager entityManager, MeterRegistry meters) {
        this.entityManager = entityManager;
        this.clock = Clock.systemUTC();
        Gauge.builder("comptoir.outbox.backlog", backlog, AtomicLong::get)
                .description("Outbox rows not yet published to Kafka").register(meters);
        Gauge.builder("comptoir.outbox.oldest.age", oldestAgeSeconds, AtomicLong::get).baseUnit("seconds")
                .description("Age of the oldest outbox row not yet published").register(meters);
    }

    @Scheduled(every = "${comptoir.outbox.metrics-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void refresh() {
        try {
            QuarkusTransaction.requiringNew().run(this::count);
        } catch (RuntimeException e) {
            // The database is away: readiness says so; the gauges keep their last values until it answers.
            LOG.debugf("Outbox not counted: %s", e.toString());
        }
    }

    private void count() {
        long rows = ((Number) entityManager.createNativeQuery("select count(*) from outbox").getSingleResult())
                .longValue();
        @SuppressWarnings("unchecked")
        List<String> oldest = entityManager.createNativeQuery("select occurred_at from outbox order by seq limit 1")
                .getResultList();
        backlog.set(rows);
        oldestAgeSeconds.set(oldest.isEmpty() ? 0 : ageInSeconds(Instant.parse(oldest.get(0))));
    }

    private long ageInSeconds(Instant occurredAt) {
        return Math.max(0, Duration.between(occurredAt, clock.instant()).toSeconds());
    }
}
