package dev.comptoir.notifications.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.comptoir.contracts.orders.OrderUpdated;
import dev.comptoir.platform.events.MalformedEventException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/** Keeps the latest {@code OrderUpdated} per order: the highest revision wins, an older one arriving late is ignored. */
@ApplicationScoped
public class OrderSnapshots {
    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private final ObjectMapper objectMapper;

    public OrderSnapshots(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    /** Stores the update if it is newer than the stored one; empty when it is not (a late or repeated revision). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<OrderChange> advance(OrderUpdated update) {
        if (update.order() == null || update.status() == null) {
            throw new MalformedEventException("OrderUpdated of " + update.orderId() + " carries no order or status");
        }
        OrderSnapshot stored = OrderSnapshot.findById(update.orderId(), LockModeType.PESSIMISTIC_WRITE);
        if (stored != null && stored.revision >= update.revision()) {
            return Optional.empty();
        }
        OrderChange change = stored == null ? new OrderChange(null, null, update)
                : new OrderChange(stored.status, read(stored.snapshot), update);
        OrderSnapshot snapshot = stored == null ? new OrderSnapshot() : stored;
        snapshot.orderId = update.orderId();
        snapshot.agentPlatform = update.agentPlatform();
        snapshot.revision = update.revision();
        snapshot.status = update.status();
        snapshot.snapshot = write(update.order());
        snapshot.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        if (stored == null) {
            snapshot.persist();
        }
        return Optional.of(change);
    }

    /** The latest ACP order seen for this order id, if any. */
    public Optional<Map<String, Object>> latest(String orderId) {
        OrderSnapshot stored = OrderSnapshot.findById(orderId);
        return stored == null ? Optional.empty() : Optional.of(read(stored.snapshot));
    }

    private Map<String, Object> read(String json) {
        try {
            return objectMapper.readValue(json, JSON_OBJECT);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored order snapshot is not JSON", e);
        }
    }

    private String write(Map<String, Object> order) {
        try {
            return objectMapper.writeValueAsString(order);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Order snapshot cannot be written as JSON", e);
        }
    }
}
