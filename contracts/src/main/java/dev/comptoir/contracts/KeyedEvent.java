package dev.comptoir.contracts;

/**
 * An event and the key it travels under: the Kafka key, so that events with one key land on one partition and stay
 * in order, and the CloudEvents subject.
 */
public interface KeyedEvent {
    String key();
}
