package dev.comptoir.platform.events;

/** One CloudEvent as it travels: attributes plus its JSON data. The subject is the event's key, also the Kafka key. */
public record EventEnvelope(String id, String source, String type, String subject, String time, String data) {
}
