package dev.comptoir.kafka;

import dev.comptoir.contracts.Topics;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node Kafka broker in KRaft mode (combined broker and controller), running in this JVM.
 * Used by the tests (on a free port, in a temporary folder) and by the local stack (see {@link #main}).
 */
public final class KafkaBroker implements AutoCloseable {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final Path dataDir;
    private final boolean deleteOnClose;
    private final int port;
    private final Properties properties;
    private KafkaRaftServer server;

    private KafkaBroker(Path dataDir, boolean deleteOnClose, int port, Properties properties) {
        this.dataDir = dataDir;
        this.deleteOnClose = deleteOnClose;
        this.port = port;
        this.properties = properties;
    }

    /** A throw-away broker on a free port, its data in a temporary folder deleted on {@link #close()}. */
    public static KafkaBroker startEphemeral() {
        try {
            return start(freePort(), freePort(), Files.createTempDirectory("comptoir-kafka-"), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A broker on the given port (its controller on the next one) that keeps its data in {@code dataDir}
     * across restarts.
     */
    public static KafkaBroker startPersistent(int port, Path dataDir) {
        return start(port, port + 1, dataDir, false);
    }

    private static KafkaBroker start(int port, int controllerPort, Path dataDir, boolean deleteOnClose) {
        // A fatal broker fault calls Exit.halt: in a test JVM it must fail the broker, not kill the JVM.
        Exit.setHaltProcedure((status, message) -> {
            throw new IllegalStateException("Kafka broker halted (" + status + "): " + message);
        });
        Exit.setExitProcedure((status, message) -> {
            throw new IllegalStateException("Kafka broker exited (" + status + "): " + message);
        });
        try {
            Path logDir = dataDir.resolve("log");
            Files.createDirectories(logDir);
            Properties properties = serverProperties(port, controllerPort, logDir);
            Path propertiesFile = dataDir.resolve("server.properties");
            try (Writer writer = Files.newBufferedWriter(propertiesFile)) {
                properties.store(writer, "single-node KRaft broker");
            }
            // Formatting twice fails, even with --ignore-formatted: format only a fresh log dir.
            if (!Files.exists(logDir.resolve("meta.properties"))) {
                int formatted = StorageTool.execute(new String[] {"format", "-t", Uuid.randomUuid().toString(),
                        "-c", propertiesFile.toString()}, new PrintStream(PrintStream.nullOutputStream()));
                if (formatted != 0) {
                    throw new IllegalStateException("Formatting the Kafka log dir " + logDir + " failed: " + formatted);
                }
            }
            KafkaBroker broker = new KafkaBroker(dataDir, deleteOnClose, port, properties);
            broker.startServer();
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void startServer() {
        server = new KafkaRaftServer(new KafkaConfig(properties, false), Time.SYSTEM);
        server.startup();
        awaitReady();
    }

    private void stopServer() {
        server.shutdown();
        server.awaitShutdown();
    }

    /**
     * Stops the broker and starts it again on the same ports with the same data, as a broker restart in production:
     * what was written before is still there, and clients reconnect by themselves.
     */
    public void restart() {
        stopServer();
        startServer();
    }

    private static Properties serverProperties(int port, int controllerPort, Path logDir) {
        Properties p = new Properties();
        p.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", "1"),
                Map.entry("controller.quorum.voters", "1@localhost:" + controllerPort),
                Map.entry("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://localhost:" + port),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT"),
                Map.entry("log.dirs", logDir.toString()),
                Map.entry("num.partitions", String.valueOf(Topics.PARTITIONS)),
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("offsets.topic.num.partitions", "3"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                Map.entry("num.io.threads", "2"),
                Map.entry("num.network.threads", "2"),
                Map.entry("background.threads", "2"),
                Map.entry("log.cleaner.dedupe.buffer.size", "4194304")));
        return p;
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        try (Admin admin = Admin.create(config)) {
            while (true) {
                try {
                    if (!admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty()) {
                        createContractTopics(admin);
                        return;
                    }
                } catch (Exception notYet) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("Kafka broker not ready after " + READY_TIMEOUT, notYet);
                    }
                }
                sleep(100);
            }
        }
    }

    /**
     * The contract topics, with their partitions and retention (payment commands are kept a day); dead-letter topics
     * are created on first use, with the broker's defaults. A restarted broker already has them.
     */
    private static void createContractTopics(Admin admin) throws InterruptedException {
        List<NewTopic> topics = Topics.ALL.stream().map(topic -> new NewTopic(topic.name(), topic.partitions(),
                (short) 1).configs(Map.of("retention.ms", String.valueOf(topic.retention().toMillis())))).toList();
        for (KafkaFuture<Void> created : admin.createTopics(topics).values().values()) {
            try {
                created.get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("Creating the contract topics failed", e.getCause());
                }
            }
        }
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    @Override
    public void close() {
        stopServer();
        if (deleteOnClose) {
            deleteRecursively(dataDir);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The local stack's broker: {@code KafkaBroker <port> <data dir>}; runs until the process is stopped. */
    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 9092;
        Path dir = Path.of(args.length > 1 ? args[1] : ".local/kafka");
        KafkaBroker broker = startPersistent(port, dir.toAbsolutePath());
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "kafka-broker-shutdown"));
        System.out.println("Kafka broker ready on " + broker.bootstrapServers());
        Thread.currentThread().join();
    }
}
