package dev.comptoir.platform.inbox;

import dev.comptoir.contracts.EventType;
import dev.comptoir.contracts.KeyedEvent;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** What one consumer does with each event type it cares about; other types are skipped. */
public final class EventHandlers {
    private final Map<String, Handler<?>> byType;

    private EventHandlers(Map<String, Handler<?>> byType) {
        this.byType = Map.copyOf(byType);
    }

    public static Builder builder() {
        return new Builder();
    }

    Optional<Handler<?>> forType(String type) {
        return Optional.ofNullable(byType.get(type));
    }

    record Handler<T extends KeyedEvent>(EventType<T> type, Consumer<T> action) {
        void apply(Object payload) {
            action.accept(type.payload().cast(payload));
        }
    }

    public static final class Builder {
        private final Map<String, Handler<?>> byType = new HashMap<>();

        public <T extends KeyedEvent> Builder on(EventType<T> type, Consumer<T> action) {
            if (byType.putIfAbsent(type.type(), new Handler<>(type, action)) != null) {
                throw new IllegalArgumentException("Two handlers for " + type.type());
            }
            return this;
        }

        public EventHandlers build() {
            return new EventHandlers(byType);
        }
    }
}
