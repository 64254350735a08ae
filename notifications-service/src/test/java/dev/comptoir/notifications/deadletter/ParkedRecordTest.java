package dev.comptoir.notifications.deadletter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

class ParkedRecordTest {
    private static final long PARKED_AT = 1_780_000_000_000L;

    @Test
    void readsWhereTheRecordCameFromWhichEventItIsAndWhyItFailed() {
        RecordHeaders headers = headers("ce_type", "dev.comptoir.orders.OrderPlaced.v1", "ce_id", "evt-1",
                "traceparent", "00-abc-def-01", "dead-letter-reason", "OrderPlaced.v1 evt-1 has unreadable data",
                "dead-letter-cause", "Unexpected character", "dead-letter-topic", "orders.events",
                "dead-letter-partition", "2", "dead-letter-offset", "41",
                "dead-letter-exception-class-name", "dev.comptoir.platform.events.MalformedEventException");

        ParkedRecord parked = ParkedRecord.of(record("orders.events.dlq.notifications", "ord_1", "{oops", headers));

        assertEquals("orders.events", parked.topic());
        assertEquals(2, parked.partition());
        assertEquals(41L, parked.offset());
        assertEquals("notifications", parked.consumer());
        assertEquals("dev.comptoir.orders.OrderPlaced.v1", parked.eventType());
        assertEquals("evt-1", parked.eventId());
        assertEquals("ord_1", parked.subject());
        assertEquals("OrderPlaced.v1 evt-1 has unreadable data", parked.reason());
        assertEquals("Unexpected character", parked.cause());
        assertEquals("orders.events.dlq.notifications", parked.deadLetterTopic());
        assertEquals(7, parked.deadLetterOffset());
        assertEquals(Instant.ofEpochMilli(PARKED_AT), parked.deadLetteredAt());
    }

    @Test
    void theOriginalToReplayKeepsKeyValueAndHeadersButNotTheDeadLetterOnes() {
        RecordHeaders headers = headers("ce_id", "evt-1", "dead-letter-reason", "boom", "traceparent", "00-abc",
                "dead-letter-topic", "payments.events");

        ParkedRecord.Original original = ParkedRecord.of(record("payments.events.dlq.orders", "ord_2", "{}",
                headers)).original();

        assertArrayEquals("ord_2".getBytes(StandardCharsets.UTF_8), original.key());
        assertArrayEquals("{}".getBytes(StandardCharsets.UTF_8), original.value());
        assertEquals(2, original.headers().size());
        assertEquals("ce_id", original.headers().get(0).name());
        assertEquals("traceparent", original.headers().get(1).name());
    }

    @Test
    void aRecordWithoutDeadLetterHeadersIsTakenFromItsTopicNameAndAnyBytesBecomeStorableText() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_type", new byte[] {'a', 0, (byte) 0xFF, 'b'});
        headers.add("dead-letter-offset", "not a number".getBytes(StandardCharsets.UTF_8));

        ParkedRecord parked = ParkedRecord.of(record("fulfillment.events.dlq.payments", null, null, headers));

        assertEquals("fulfillment.events", parked.topic());
        assertEquals("payments", parked.consumer());
        assertNull(parked.partition());
        assertNull(parked.offset());
        assertNull(parked.subject());
        assertNull(parked.reason());
        assertEquals("a\uFFFDb", parked.eventType());
    }

    private static RecordHeaders headers(String... namesAndValues) {
        RecordHeaders headers = new RecordHeaders();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers.add(namesAndValues[i], namesAndValues[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return headers;
    }

    private static ConsumerRecord<byte[], byte[]> record(String topic, String key, String value,
            RecordHeaders headers) {
        return new ConsumerRecord<>(topic, 0, 7, PARKED_AT, TimestampType.CREATE_TIME, -1, -1,
                key == null ? null : key.getBytes(StandardCharsets.UTF_8),
                value == null ? null : value.getBytes(StandardCharsets.UTF_8), headers, Optional.empty());
    }
}
