package dev.comptoir.notifications.deadletter;

import dev.comptoir.platform.events.CloudEventHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * What a record on a dead-letter topic ({@code <topic>.dlq.<service>}) tells: where it was parked, where it came
 * from, which event it is, why its consumer gave up (the headers SmallRye's dead-letter-queue strategy adds), and the
 * original record to publish again: key, value and headers without the dead-letter ones.
 */
record ParkedRecord(String deadLetterTopic, int deadLetterPartition, long deadLetterOffset, String topic,
        Integer partition, Long offset, String consumer, String eventType, String eventId, String subject,
        String reason, String cause, Instant deadLetteredAt, Original original) {

    static final String INFIX = ".dlq.";
    /** The prefix of every header the dead-letter strategy adds (reason, cause, topic, partition, offset, classes). */
    static final String DEAD_LETTER_HEADERS = "dead-letter-";
    static final String REASON = "dead-letter-reason";
    static final String CAUSE = "dead-letter-cause";
    static final String TOPIC = "dead-letter-topic";
    static final String PARTITION = "dead-letter-partition";
    static final String OFFSET = "dead-letter-offset";

    /** The record as its producer wrote it; Jackson writes the bytes as base64. */
    record Original(byte[] key, byte[] value, List<OriginalHeader> headers) {
    }

    record OriginalHeader(String name, byte[] value) {
    }

    static ParkedRecord of(ConsumerRecord<byte[], byte[]> record) {
        String deadLetterTopic = record.topic();
        int infix = deadLetterTopic.lastIndexOf(INFIX);
        String topicFromName = infix < 0 ? deadLetterTopic : deadLetterTopic.substring(0, infix);
        String consumer = infix < 0 ? "unknown" : deadLetterTopic.substring(infix + INFIX.length());
        Headers headers = record.headers();
        String topic = text(headers, TOPIC);
        List<OriginalHeader> kept = new ArrayList<>();
        for (Header header : headers) {
            if (!header.key().startsWith(DEAD_LETTER_HEADERS)) {
                kept.add(new OriginalHeader(header.key(), header.value()));
            }
        }
        return new ParkedRecord(deadLetterTopic, record.partition(), record.offset(),
                topic == null || topic.isBlank() ? topicFromName : topic, number(headers, PARTITION, Integer::valueOf),
                number(headers, OFFSET, Long::valueOf), consumer, text(headers, CloudEventHeaders.TYPE),
                text(headers, CloudEventHeaders.ID), text(record.key()), text(headers, REASON), text(headers, CAUSE),
                Instant.ofEpochMilli(record.timestamp()), new Original(record.key(), record.value(), kept));
    }

    private static String text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null ? null : text(header.value());
    }

    /** Any bytes as text a database column takes: invalid UTF-8 replaced, NUL (refused by PostgreSQL) dropped. */
    private static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8).replace("\u0000", "");
    }

    private static <T> T number(Headers headers, String name, Function<String, T> parse) {
        String text = text(headers, name);
        try {
            return text == null ? null : parse.apply(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
