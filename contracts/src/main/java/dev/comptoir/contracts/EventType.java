package dev.comptoir.contracts;

/**
 * Ties a CloudEvents type to the topic it travels on and the record that is its data.
 * Types are versioned: a change that is not backward compatible is a new type.
 */
public record EventType<T extends KeyedEvent>(String topic, String type, Class<T> payload) {
}
