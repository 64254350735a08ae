package dev.comptoir.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.comptoir.contracts.EventType;
import dev.comptoir.contracts.KeyedEvent;
import dev.comptoir.contracts.TopicSpec;
import dev.comptoir.contracts.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Plays the other services in a test: publishes CloudEvents as they would, and reads what the service under test
 * published, from the beginning of the topics.
 */
public final class KafkaTestClient implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final KafkaProducer<String, String> producer;
    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> received = new ArrayList<>();

    public KafkaTestClient(String bootstrapServers, String... topics) {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(topics));
    }

    /** A client of the broker the Quarkus application under test uses ({@code kafka.bootstrap.servers}). */
    public static KafkaTestClient forApplication(String... topics) {
        return new KafkaTestClient(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class), topics);
    }

    /** A fresh order id, as orders-service makes them. */
    public static String newOrderId() {
        return "ord_" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    }

    /** Publishes {@code event} as the owning service would, with the given CloudEvents id; returns the id. */
    public <T extends KeyedEvent> String publish(EventType<T> type, T event, String eventId) {
        try {
            return publishRaw(type.topic(), event.key(), type.type(), eventId, JSON.writeValueAsString(event));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * Publishes {@code event} with extra record headers, e.g. the W3C {@code traceparent} of the publisher's trace, or
     * a CloudEvents attribute other than the owning service's (a forged {@code ce_source}).
     */
    public <T extends KeyedEvent> String publish(EventType<T> type, T event, String eventId,
            Map<String, String> headers) {
        try {
            return publishRaw(type.topic(), event.key(), type.type(), eventId, JSON.writeValueAsString(event), headers);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Publishes {@code event} on a topic other than its own, as a forger or a misrouted producer would. */
    public <T extends KeyedEvent> String publishOn(String topic, EventType<T> type, T event, String eventId) {
        try {
            return publishRaw(topic, event.key(), type.type(), eventId, JSON.writeValueAsString(event));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Publishes any data under any CloudEvents type, e.g. a malformed event. */
    public String publishRaw(String topic, String key, String type, String eventId, String data) {
        return publishRaw(topic, key, type, eventId, data, Map.of());
    }

    private String publishRaw(String topic, String key, String type, String eventId, String data,
            Map<String, String> headers) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, data);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", eventId);
        header(record, "ce_source", Topics.spec(topic).map(TopicSpec::producer).orElse("/tests"));
        header(record, "ce_type", type);
        header(record, "ce_subject", key);
        header(record, "ce_time", Instant.now().toString());
        header(record, "content-type", "application/json");
        // After the CloudEvents attributes: a test may override one (consumers read the last header of a name).
        headers.forEach((name, value) -> header(record, name, value));
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Publishing to " + topic + " failed", e);
        }
        return eventId;
    }

    /** Waits for the first event of this type matching {@code match}. */
    public <T extends KeyedEvent> T await(EventType<T> type, Predicate<T> match, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            List<T> found = events(type, match);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("No " + type.type() + " matching within " + timeout + "; received "
                        + received.size() + " records");
            }
            poll(Duration.ofMillis(200));
        }
    }

    /** Every event of this type matching {@code match} received so far, after polling for {@code settle}. */
    public <T extends KeyedEvent> List<T> eventsAfter(Duration settle, EventType<T> type, Predicate<T> match) {
        Instant until = Instant.now().plus(settle);
        while (Instant.now().isBefore(until)) {
            poll(Duration.ofMillis(200));
        }
        return events(type, match);
    }

    /** Every raw record received so far on any subscribed topic, after polling for {@code settle}. */
    public List<ConsumerRecord<String, String>> recordsAfter(Duration settle) {
        Instant until = Instant.now().plus(settle);
        while (Instant.now().isBefore(until)) {
            poll(Duration.ofMillis(200));
        }
        return List.copyOf(received);
    }

    /** Raw records received on {@code topic}, after polling until at least {@code count} arrived or the timeout. */
    public List<ConsumerRecord<String, String>> awaitRecords(String topic, int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            List<ConsumerRecord<String, String>> onTopic = received.stream().filter(r -> r.topic().equals(topic))
                    .toList();
            if (onTopic.size() >= count || Instant.now().isAfter(deadline)) {
                return onTopic;
            }
            poll(Duration.ofMillis(200));
        }
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private <T extends KeyedEvent> List<T> events(EventType<T> type, Predicate<T> match) {
        List<T> found = new ArrayList<>();
        for (ConsumerRecord<String, String> record : received) {
            if (record.topic().equals(type.topic()) && type.type().equals(header(record, "ce_type"))) {
                try {
                    T event = JSON.readValue(record.value(), type.payload());
                    if (match.test(event)) {
                        found.add(event);
                    }
                } catch (JsonProcessingException e) {
                    throw new AssertionError("Unreadable " + type.type() + ": " + record.value(), e);
                }
            }
        }
        return found;
    }

    private void poll(Duration duration) {
        consumer.poll(duration).forEach(received::add);
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(2));
        consumer.close(Duration.ofSeconds(2));
    }
}
