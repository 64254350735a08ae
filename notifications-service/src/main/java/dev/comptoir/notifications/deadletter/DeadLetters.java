package dev.comptoir.notifications.deadletter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.comptoir.notifications.webhook.SecretCipher;
import dev.comptoir.platform.errors.ApiError;
import dev.comptoir.platform.errors.ApiException;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps every dead-lettered record once, counts it ({@value #METRIC}, tagged by the original topic and the consumer
 * service that gave up) and alerts the merchant; publishes one again, once, to its original topic on request.
 */
@ApplicationScoped
public class DeadLetters {
    static final String METRIC = "comptoir.dead.letters.recorded";
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    private final SecretCipher cipher;
    private final ObjectMapper objectMapper;
    private final MeterRegistry meters;
    private final DeadLetterAlert alert;
    private final String bootstrapServers;
    private Producer<byte[], byte[]> producer;

    public DeadLetters(SecretCipher cipher, ObjectMapper objectMapper, MeterRegistry meters, DeadLetterAlert alert,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.cipher = cipher;
        this.objectMapper = objectMapper;
        this.meters = meters;
        this.alert = alert;
        this.bootstrapServers = bootstrapServers;
    }

    void start(@Observes StartupEvent startup) {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.CLIENT_ID_CONFIG, "dead-letter-replay",
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) SEND_TIMEOUT.toMillis(),
                ProducerConfig.LINGER_MS_CONFIG, 0),
                new ByteArraySerializer(), new ByteArraySerializer());
    }

    void stop(@Observes ShutdownEvent shutdown) {
        producer.close(Duration.ofSeconds(5));
    }

    /** Records the record read from a dead-letter topic, unless it already was (a redelivery). */
    public void record(ConsumerRecord<byte[], byte[]> record) {
        ParkedRecord parked = ParkedRecord.of(record);
        boolean added = QuarkusTransaction.requiringNew().call(() -> store(parked));
        if (added) {
            meters.counter(METRIC, "topic", parked.topic(), "consumer", parked.consumer()).increment();
        }
    }

    private boolean store(ParkedRecord parked) {
        if (DeadLetter.exists(parked.deadLetterTopic(), parked.deadLetterPartition(), parked.deadLetterOffset())) {
            return false;
        }
        DeadLetter letter = new DeadLetter();
        letter.id = "dl_" + UUID.randomUUID().toString().replace("-", "");
        letter.deadLetterTopic = parked.deadLetterTopic();
        letter.deadLetterPartition = parked.deadLetterPartition();
        letter.deadLetterOffset = parked.deadLetterOffset();
        letter.topic = parked.topic();
        letter.partition = parked.partition();
        letter.offset = parked.offset();
        letter.consumer = parked.consumer();
        letter.eventType = parked.eventType();
        letter.eventId = parked.eventId();
        letter.subject = parked.subject();
        letter.reason = parked.reason();
        letter.cause = parked.cause();
        letter.deadLetteredAt = parked.deadLetteredAt().atOffset(ZoneOffset.UTC);
        letter.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
        letter.record = cipher.encrypt(json(parked.original()));
        letter.persist();
        alert.recorded(letter);
        return true;
    }

    public List<DeadLetter> newestFirst(int limit) {
        return DeadLetter.newestFirst(limit);
    }

    public DeadLetter find(String id) {
        DeadLetter letter = DeadLetter.findById(id);
        if (letter == null) {
            throw ApiException.notFound("Dead letter " + id);
        }
        return letter;
    }

    /**
     * Publishes the original record (key, value, headers without the dead-letter ones) to its topic and marks the
     * dead letter replayed, once: the row is locked meanwhile, so two requests cannot both send it. Every consumer
     * of the topic reads it again; those that had processed the event skip it (their inbox knows its id).
     */
    @Transactional
    public DeadLetter replay(String id) {
        DeadLetter letter = DeadLetter.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (letter == null) {
            throw ApiException.notFound("Dead letter " + id);
        }
        if (letter.replayedAt != null) {
            throw new ApiException(409, ApiError.invalidRequest("already_replayed",
                    "This dead letter was already published again at " + letter.replayedAt + ".", null));
        }
        ParkedRecord.Original original = original(letter);
        ProducerRecord<byte[], byte[]> republished = new ProducerRecord<>(letter.topic, null, original.key(),
                original.value());
        original.headers().forEach(header -> republished.headers().add(header.name(), header.value()));
        try {
            producer.send(republished).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new ApiException(503, new ApiError("service_unavailable", "broker_unavailable",
                    "The record could not be published to " + letter.topic + "; try again.", null));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, new ApiError("service_unavailable", "shutting_down",
                    "The service is stopping; try again.", null));
        }
        letter.replayedAt = OffsetDateTime.now(ZoneOffset.UTC);
        return letter;
    }

    private String json(ParkedRecord.Original original) {
        try {
            return objectMapper.writeValueAsString(original);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A dead letter cannot be written as JSON", e);
        }
    }

    private ParkedRecord.Original original(DeadLetter letter) {
        try {
            return objectMapper.readValue(cipher.decrypt(letter.record), ParkedRecord.Original.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Dead letter " + letter.id + " holds an unreadable record", e);
        }
    }
}
