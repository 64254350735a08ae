package dev.comptoir.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The stack's broker: its messaging limit, and how many records it holds (for the records one order costs). */
public final class KafkaProbe {
    public static final String ROUND_TRIP_TOPIC = "bench.round-trip";
    private static final String CONSUMER_OFFSETS = "__consumer_offsets";
    private static final Duration WAIT = Duration.ofSeconds(10);

    /** The sum of the end offsets: records ever written to the application's topics and to __consumer_offsets. */
    public record Records(long application, long consumerOffsets) {
    }

    private final String bootstrapServers;

    public KafkaProbe(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Round trips (send one record, wait until the consumer sees it) and acknowledged sends, each agent back to back,
     * with the producer settings of the services' outbox relay: idempotent, acks=all, no linger.
     */
    public List<BaselineResult> baselines(int agents, Duration duration) throws InterruptedException {
        try (Admin admin = Admin.create(adminConfig())) {
            admin.createTopics(List.of(new NewTopic(ROUND_TRIP_TOPIC, 1, (short) 1))).all()
                    .get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                return notMeasured(String.valueOf(e.getCause()));
            }
        } catch (TimeoutException e) {
            return notMeasured("no answer from " + bootstrapServers + " within " + WAIT.toSeconds() + " s");
        }
        Map<String, CompletableFuture<Void>> awaited = new ConcurrentHashMap<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig());
                RoundTripConsumer consumer = new RoundTripConsumer(awaited)) {
            BaselineResult roundTrips = LoadLoop.measure("kafka", "records", agents, duration, agent -> {
                String key = UUID.randomUUID().toString();
                CompletableFuture<Void> seen = new CompletableFuture<>();
                awaited.put(key, seen);
                producer.send(new ProducerRecord<>(ROUND_TRIP_TOPIC, key, "bench"));
                seen.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            });
            BaselineResult sends = LoadLoop.measure("kafka_produce", "records", agents, duration,
                    agent -> producer.send(new ProducerRecord<>(ROUND_TRIP_TOPIC, "produce-only", "bench"))
                            .get(WAIT.toMillis(), TimeUnit.MILLISECONDS));
            return List.of(roundTrips, sends);
        } catch (RuntimeException unreachable) {
            return notMeasured(String.valueOf(unreachable));
        }
    }

    public Records records() throws ExecutionException, TimeoutException, InterruptedException {
        try (Admin admin = Admin.create(adminConfig())) {
            Set<String> topics = admin.listTopics(new ListTopicsOptions().listInternal(true)).names()
                    .get(WAIT.toMillis(), TimeUnit.MILLISECONDS).stream()
                    .filter(topic -> !topic.equals(ROUND_TRIP_TOPIC)).collect(Collectors.toSet());
            Map<String, TopicDescription> descriptions = admin.describeTopics(topics).allTopicNames()
                    .get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            Map<TopicPartition, OffsetSpec> latest = descriptions.values().stream()
                    .flatMap(topic -> topic.partitions().stream()
                            .map(partition -> new TopicPartition(topic.name(), partition.partition())))
                    .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest()));
            long application = 0;
            long consumerOffsets = 0;
            for (var end : admin.listOffsets(latest).all().get(WAIT.toMillis(), TimeUnit.MILLISECONDS).entrySet()) {
                String topic = end.getKey().topic();
                if (topic.equals(CONSUMER_OFFSETS)) {
                    consumerOffsets += end.getValue().offset();
                } else if (!topic.startsWith("__")) {
                    application += end.getValue().offset();
                }
            }
            return new Records(application, consumerOffsets);
        }
    }

    private List<BaselineResult> notMeasured(String reason) {
        return List.of(BaselineResult.notMeasured("kafka", "records", reason),
                BaselineResult.notMeasured("kafka_produce", "records", reason));
    }

    private Properties adminConfig() {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) WAIT.toMillis());
        return config;
    }

    private Map<String, Object> producerConfig() {
        return Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 0,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) WAIT.toMillis(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    }

    /** Reads the round-trip topic from its end on, completing what each agent waits for. */
    private final class RoundTripConsumer implements AutoCloseable {
        private final KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) WAIT.toMillis()));
        private final Thread poller;
        private volatile boolean running = true;

        RoundTripConsumer(Map<String, CompletableFuture<Void>> awaited) {
            TopicPartition partition = new TopicPartition(ROUND_TRIP_TOPIC, 0);
            consumer.assign(List.of(partition));
            consumer.seekToEnd(List.of(partition));
            consumer.position(partition);
            poller = new Thread(() -> {
                while (running) {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                        CompletableFuture<Void> seen = awaited.remove(record.key());
                        if (seen != null) {
                            seen.complete(null);
                        }
                    }
                }
                consumer.close();
            }, "kafka-round-trip-consumer");
            poller.start();
        }

        @Override
        public void close() {
            running = false;
            try {
                poller.join(WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
