package dev.comptoir.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.comptoir.contracts.EventType;
import dev.comptoir.contracts.KeyedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
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
    private final String source;

    public Outbox(EntityManager entityManager, ObjectMapper objectMapper, TransactionSynchronizationRegistry transactions,
            OutboxRelay relay, @ConfigProperty(name = "comptoir.events.source") String source) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.transactions = transactions;
        this.relay = relay;
        this.source = source;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public <T extends KeyedEvent> String append(EventType<T> type, T event) {
        String eventId = UUID.randomUUID().toString();
        entityManager.createNativeQuery("""
                insert into outbox (event_id, topic, message_key, event_type, source, occurred_at, payload)
                values (:eventId, :topic, :key, :type, :source, :occurredAt, :payload)""")
                .setParameter("eventId", eventId)
                .setParameter("topic", type.topic())
                .setParameter("key", event.key())
                .setParameter("type", type.type())
                .setParameter("source", source)
                .setParameter("occurredAt", Instant.now().toString())
                .setParameter("payload", json(event))
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
