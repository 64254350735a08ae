package dev.comptoir.platform.outbox;

import dev.comptoir.platform.events.CloudEventHeaders;
import dev.comptoir.platform.events.EventEnvelope;
import dev.comptoir.platform.work.BackgroundLoop;
import dev.comptoir.platform.observability.EventTracing;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Publishes committed outbox rows to Kafka, oldest first, and deletes them once the broker has acknowledged them.
 * A crash between the acknowledgement and the delete republishes the row: consumers dedupe by event id (inbox).
 * Rows are locked while published, so that replicas of a service relay one at a time and keep per-key order.
 */
@ApplicationScoped
public class OutboxRelay {
    private final EntityManager entityManager;
    private final String bootstrapServers;
    private final int batchSize;
    private final BackgroundLoop loop;
    private Producer<String, String> producer;

    public OutboxRelay(EntityManager entityManager,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "comptoir.outbox.poll-interval") Duration pollInterval,
            @ConfigProperty(name = "comptoir.outbox.batch-size") int batchSize) {
        this.entityManager = entityManager;
        this.bootstrapServers = bootstrapServers;
        this.batchSize = batchSize;
        this.loop = new BackgroundLoop("outbox-relay", pollInterval,
                () -> QuarkusTransaction.requiringNew().call(this::publishBatch) == batchSize);
    }

    void start(@Observes StartupEvent startup) {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay",
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000,
                ProducerConfig.LINGER_MS_CONFIG, 0),
                new StringSerializer(), new StringSerializer());
        loop.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        loop.stop(Duration.ofSeconds(10));
        producer.close(Duration.ofSeconds(5));
    }

    /** Called after a transaction that appended to the outbox committed: publish now rather than at the next poll. */
    void wakeUp() {
        loop.wakeUp();
    }

    private int publishBatch() throws InterruptedException, ExecutionException {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select seq, event_id, topic, message_key, event_type, source, occurred_at, payload,
                    traceparent, tracestate
                from outbox order by seq limit :limit for update""")
                .setParameter("limit", batchSize)
                .getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        List<Future<RecordMetadata>> acknowledgements = new ArrayList<>();
        for (Object[] row : rows) {
            String topic = (String) row[2];
            String key = (String) row[3];
            EventEnvelope envelope = new EventEnvelope((String) row[1], (String) row[5], (String) row[4], key,
                    (String) row[6], (String) row[7]);
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, envelope.data());
            CloudEventHeaders.write(record.headers(), envelope);
            EventTracing.writeHeaders(record.headers(), (String) row[8], (String) row[9]);
            acknowledgements.add(producer.send(record));
        }
        // The idempotent producer keeps per-partition order across in-flight sends; wait for every acknowledgement.
        for (Future<RecordMetadata> acknowledgement : acknowledgements) {
            acknowledgement.get();
        }
        // Exactly the rows published: a row committed meanwhile with a lower seq must not vanish unpublished.
        List<Long> published = rows.stream().map(row -> ((Number) row[0]).longValue()).toList();
        entityManager.createNativeQuery("delete from outbox where seq in (:seqs)")
                .setParameter("seqs", published)
                .executeUpdate();
        return rows.size();
    }
}
