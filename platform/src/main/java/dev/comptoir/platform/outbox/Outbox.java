package dev.comptoir.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.comptoir.contracts.EventType;
import dev.comptoir.contracts.KeyedEvent;
import dev.comptoir.contracts.TopicSpec;
import dev.comptoir.contracts.Topics;
import dev.comptoir.platform.observability.EventTracing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records an event in the caller's database transaction; {@link OutboxRelay} publishes it once that transaction
 * has committed. State change and event are therefore both stored or both lost: there is no dual write.
 */
@ApplicationScoped
public class Outbox {
    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final EventTracing tracing;
    private final String source;

    public Outbox(EntityManager entityManager, ObjectMapper objectMapper, TransactionSynchronizationRegistry transactions,
            OutboxRelay relay, EventTracing tracing, @ConfigProperty(name = "comptoir.events.source") String source) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.transactions = transactions;
        this.relay = relay;
        this.tracing = tracing;
        this.source = source;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public <T extends KeyedEvent> String append(EventType<T> type, T event) {
        String producer = Topics.spec(type.topic()).map(TopicSpec::producer).orElse(null);
        if (!source.equals(producer)) {
            // Consumers would refuse it (EventProvenance): fail where the mistake is, not in another service's DLQ.
            throw new IllegalStateException(source + " cannot publish " + type.type() + ": " + type.topic()
                    + " is published by " + producer);
        }
        String eventId = UUID.randomUUID().toString();
        Map<String, String> traceContext = tracing.currentContext();
        entityManager.createNativeQuery("""
                insert into outbox (event_id, topic, message_key, event_type, source, occurred_at, payload,
                    traceparent, tracestate)
                values (:eventId, :topic, :key, :type, :source, :occurredAt, :payload, :traceparent, :tracestate)""")
                .setParameter("eventId", eventId)
                .setParameter("topic", type.topic())
                .setParameter("key", event.key())
                .setParameter("type", type.type())
                .setParameter("source", source)
                .setParameter("occurredAt", Instant.now().toString())
                .setParameter("payload", json(event))
                .setParameter("traceparent", traceContext.get(EventTracing.TRACEPARENT))
                .setParameter("tracestate", traceContext.get(EventTracing.TRACESTATE))
                .executeUpdate();
        transactions.registerInterposedSynchronization(new WakeRelayOnCommit(relay));
        return eventId;
    }

    private String json(Object event) {
        try {
            return objectMapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event cannot be written as JSON: " + event.getClass().getName(), e);
        }
    }

    private record WakeRelayOnCommit(OutboxRelay relay) implements Synchronization {
        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                relay.wakeUp();
            }
        }
    }
}
