package dev.comptoir.platform.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.comptoir.contracts.Topics;
import dev.comptoir.platform.events.CloudEventHeaders;
import dev.comptoir.platform.events.EventEnvelope;
import dev.comptoir.platform.events.EventProvenance;
import dev.comptoir.platform.events.MalformedEventException;
import dev.comptoir.platform.observability.EventTracing;
import dev.comptoir.platform.observability.LogContext;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Makes a consumer idempotent: the event id is recorded in the same transaction as the handler's effect, so a
 * redelivered event has no second effect. A handler that keeps failing is retried a few times, then the exception
 * propagates and the channel's dead-letter-queue failure strategy parks the record on {@code <topic>.dlq.<service>}.
 * A failure of the database itself (unreachable, deadlock) is retried until it answers: it is no fault of the message.
 */
@ApplicationScoped
public class Inbox {
    private static final Logger LOG = Logger.getLogger(Inbox.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final EventTracing tracing;
    private final MeterRegistry meters;
    private final int attempts;
    private final Duration backoff;
    private volatile boolean stopping;

    public Inbox(EntityManager entityManager, ObjectMapper objectMapper, EventTracing tracing, MeterRegistry meters,
            @ConfigProperty(name = "comptoir.inbox.attempts") int attempts,
            @ConfigProperty(name = "comptoir.inbox.backoff") Duration backoff) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.tracing = tracing;
        this.meters = meters;
        this.attempts = attempts;
        this.backoff = backoff;
    }

    /**
     * Applies {@code record} once for {@code consumer}, with the handler registered for its CloudEvents type, in a
     * span of the trace the record carries and with its order id on every log line.
     */
    public void receive(String consumer, ConsumerRecord<String, String> record, EventHandlers handlers) {
        String orderId = Topics.INVENTORY.equals(record.topic()) ? null : record.key();
        try (LogContext.Scope logContext = LogContext.put(LogContext.ORDER_ID, orderId)) {
            EventEnvelope envelope = CloudEventHeaders.read(record.headers(), record.value());
            EventProvenance.verify(record.topic(), envelope);
            Optional<EventHandlers.Handler<?>> handler = handlers.forType(envelope.type());
            if (handler.isEmpty()) {
                return;
            }
            Object payload = parse(envelope, handler.get());
            tracing.inConsumerSpan(consumer + " process " + envelope.type(), record.headers(),
                    () -> applyWithRetries(consumer, envelope, handler.get(), payload));
        } catch (RuntimeException e) {
            // Whatever escapes is no outage (those are retried above): the channel dead-letters the record.
            meters.counter("comptoir.events.dead.lettered", "topic", record.topic(), "consumer", consumer).increment();
            throw e;
        }
    }

    private void applyWithRetries(String consumer, EventEnvelope envelope, EventHandlers.Handler<?> handler,
            Object payload) {
        boolean interrupted = false;
        try {
            int failures = 0;
            for (int attempt = 1; ; attempt++) {
                if (stopping) {
                    holdUntilExit(consumer, envelope);
                }
                try {
                    QuarkusTransaction.requiringNew().run(() -> applyOnce(consumer, envelope, handler, payload));
                    return;
                } catch (RuntimeException e) {
                    if (stopping) {
                        holdUntilExit(consumer, envelope);
                    }
                    boolean outage = Failures.isTransient(e);
                    if (!outage && ++failures >= attempts) {
                        throw e;
                    }
                    LOG.warnf("%s failed to apply %s %s (attempt %d%s): %s", consumer, envelope.type(),
                            envelope.id(), attempt, outage ? ", retrying until the database answers"
                                    : " of " + attempts, e.toString());
                    Duration wait = backoff.multipliedBy(outage ? attempt : failures);
                    interrupted |= pause(wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The service is stopping (a rolling restart): its database may already be closed under the handler. The record
     * must neither be acknowledged, which would lose it, nor failed, which would dead-letter it: the consumer thread
     * holds it until the process exits, and the uncommitted record is delivered again after the restart.
     */
    private static void holdUntilExit(String consumer, EventEnvelope envelope) {
        LOG.infof("%s leaves %s %s to be delivered again: the service is stopping", consumer, envelope.type(),
                envelope.id());
        while (true) {
            pause(Duration.ofSeconds(1));
        }
    }

    void stopping(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ShutdownEvent shutdown) {
        stopping = true;
    }

    private void applyOnce(String consumer, EventEnvelope envelope, EventHandlers.Handler<?> handler, Object payload) {
        Number seen = (Number) entityManager.createNativeQuery(
                "select count(*) from inbox where consumer = :consumer and event_id = :eventId")
                .setParameter("consumer", consumer)
                .setParameter("eventId", envelope.id())
                .getSingleResult();
        if (seen.longValue() > 0) {
            LOG.debugf("%s already applied %s %s", consumer, envelope.type(), envelope.id());
            return;
        }
        // Inserted before the effect: a concurrent duplicate fails on the primary key and rolls back whole.
        entityManager.createNativeQuery(
                "insert into inbox (consumer, event_id, processed_at) values (:consumer, :eventId, :processedAt)")
                .setParameter("consumer", consumer)
                .setParameter("eventId", envelope.id())
                .setParameter("processedAt", OffsetDateTime.now())
                .executeUpdate();
        handler.apply(payload);
        // A value the database refuses fails here with its own reason, which the dead letter keeps; at commit it
        // would only read "could not commit transaction".
        entityManager.flush();
    }

    private Object parse(EventEnvelope envelope, EventHandlers.Handler<?> handler) {
        try {
            Object payload = objectMapper.readValue(envelope.data(), handler.type().payload());
            if (payload == null) {
                throw new MalformedEventException(envelope.type() + " " + envelope.id() + " has no data");
            }
            return payload;
        } catch (IOException e) {
            throw new MalformedEventException(envelope.type() + " " + envelope.id() + " has unreadable data", e);
        }
    }

    /**
     * Sleeps; returns whether the thread was interrupted meanwhile. An interrupt (shutdown) must neither acknowledge
     * the record, which would lose it, nor fail it, which would dead-letter it: the retry goes on until the process
     * ends, and the uncommitted record is delivered again after the restart.
     */
    private static boolean pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return false;
        } catch (InterruptedException e) {
            return true;
        }
    }
}
