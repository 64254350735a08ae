package dev.comptoir.notifications.deadletter;

import java.time.OffsetDateTime;

/** A dead letter as the merchant API shows it: where it came from, which event, why it failed; never its content. */
public record DeadLetterView(String id, String topic, Integer partition, Long offset, String consumer,
        String eventType, String eventId, String subject, String reason, String cause, String deadLetterTopic,
        int deadLetterPartition, long deadLetterOffset, OffsetDateTime deadLetteredAt, OffsetDateTime replayedAt) {

    static DeadLetterView of(DeadLetter letter) {
        return new DeadLetterView(letter.id, letter.topic, letter.partition, letter.offset, letter.consumer,
                letter.eventType, letter.eventId, letter.subject, letter.reason, letter.cause,
                letter.deadLetterTopic, letter.deadLetterPartition, letter.deadLetterOffset, letter.deadLetteredAt,
                letter.replayedAt);
    }
}
