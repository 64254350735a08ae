package dev.comptoir.platform.events;

import dev.comptoir.contracts.EventType;
import dev.comptoir.contracts.Events;
import dev.comptoir.contracts.TopicSpec;
import dev.comptoir.contracts.Topics;

/**
 * Whether a received event comes from where its type says it must: each topic has one producer, and each known type
 * travels on one topic. An event that does not (a payment authorization on {@code orders.events}, an order event
 * whose {@code ce_source} is not orders) was not written by the service that owns it, and is refused whatever it says.
 * A type the contracts do not know yet is left to the consumer, which skips what it has no handler for.
 */
public final class EventProvenance {
    private EventProvenance() {
    }

    /** Throws {@link MalformedEventException} (a dead letter) unless {@code envelope} may travel on {@code topic}. */
    public static void verify(String topic, EventEnvelope envelope) {
        TopicSpec spec = Topics.spec(topic).orElseThrow(() -> new MalformedEventException(
                envelope.type() + " " + envelope.id() + " arrived on " + topic + ", which no contract declares"));
        if (!spec.producer().equals(envelope.source())) {
            throw new MalformedEventException(envelope.type() + " " + envelope.id() + " on " + topic + " has source "
                    + envelope.source() + "; only " + spec.producer() + " publishes there");
        }
        String owningTopic = Events.byType(envelope.type()).map(EventType::topic).orElse(topic);
        if (!owningTopic.equals(topic)) {
            throw new MalformedEventException(envelope.type() + " " + envelope.id() + " arrived on " + topic
                    + "; it travels on " + owningTopic + " only");
        }
    }
}
