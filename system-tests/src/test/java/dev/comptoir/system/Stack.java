package dev.comptoir.system;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.comptoir.kafka.KafkaBroker;
import dev.comptoir.testing.HttpRecorder;
import dev.comptoir.testing.PostgresDatabaseResource.PostgresServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The four services as production runs them (prod profile, PostgreSQL, configured tokens), each in its own process,
 * on a real Kafka broker and a fresh PostgreSQL database per service.
 */
final class Stack implements AutoCloseable {
    static final String AGENT_TOKEN = "system-test-agent-token";
    static final String MERCHANT_TOKEN = "system-test-merchant-token";
    /** Encrypts the webhook signing secrets at rest (base64 of 32 bytes); production takes it from a secret store. */
    private static final String WEBHOOK_SECRET_KEY = Base64.getEncoder()
            .encodeToString("system-test-webhook-key-32-bytes".getBytes(StandardCharsets.US_ASCII));
    /** How long a service may take to start; a machine shared with other builds may need more (-D…=PT5M). */
    private static final Duration READY_TIMEOUT = Duration.parse(
            System.getProperty("comptoir.system-tests.ready-timeout", "PT120S"));

    private final KafkaBroker broker;
    /** The mail server notifications sends the customer e-mails to, as in production (SMTP, no mock). */
    /** The agent platform's order webhook secret, and where it and the merchant's systems receive webhooks. */
    static final String ACP_WEBHOOK_SECRET = "system-test-acp-webhook-secret";
    private final HttpRecorder webhooks = HttpRecorder.start();
    private final GreenMail smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    private final PostgresServer postgres = PostgresServer.fromEnvironment();
    private final Map<String, String> databases = new LinkedHashMap<>();
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();

    private Stack(KafkaBroker broker) {
        this.broker = broker;
    }

    static Stack start() {
        return start(Map.of());
    }

    /** The stack with {@code settings} (service to environment variables) on top of each service's environment. */
    static Stack start(Map<String, Map<String, String>> settings) {
        Path root = Path.of(System.getProperty("comptoir.project.root", ".."));
        Path logs = root.resolve("system-tests/target/service-logs");
        try {
            Files.createDirectories(logs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Stack stack = new Stack(KafkaBroker.startEphemeral());
        try {
            stack.smtp.start();
            for (String service : List.of("orders", "payments", "fulfillment", "notifications")) {
                stack.add(service, root, logs, settings.getOrDefault(service, Map.of()));
            }
            stack.services.values().forEach(ServiceProcess::start);
            stack.services.values().forEach(process -> process.awaitReady(READY_TIMEOUT));
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void add(String service, Path root, Path logs, Map<String, String> settings) {
        String database = postgres.createDatabase("comptoir_system_" + service);
        databases.put(service, database);
        Map<String, String> environment = new HashMap<>(Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(database),
                "QUARKUS_DATASOURCE_USERNAME", postgres.user(),
                "QUARKUS_DATASOURCE_PASSWORD", postgres.password(),
                "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                "COMPTOIR_AUTH_AGENT_TOKENS", "system-test-agent:" + sha256(AGENT_TOKEN),
                "COMPTOIR_AUTH_MERCHANT_TOKENS", "system-test-merchant:" + sha256(MERCHANT_TOKEN)));
        if (service.equals("orders")) {
            environment.put("COMPTOIR_DEMO_CATALOG", "true");
        }
        if (service.equals("orders") || service.equals("payments")) {
            environment.put("COMPTOIR_IDEMPOTENCY_FINGERPRINT_SECRET", "system-test-fingerprint-secret");
        }
        if (service.equals("notifications")) {
            environment.put("QUARKUS_MAILER_HOST", "127.0.0.1");
            environment.put("QUARKUS_MAILER_PORT", String.valueOf(smtp.getSmtp().getPort()));
            environment.put("COMPTOIR_WEBHOOKS_SECRET_KEY", WEBHOOK_SECRET_KEY);
            environment.put("WEBHOOKS_ALLOW_PRIVATE_TARGETS", "true");
            environment.put("COMPTOIR_ACP_WEBHOOKS_SYSTEM_TEST_AGENT_URL", webhooks.url("/acp"));
            environment.put("COMPTOIR_ACP_WEBHOOKS_SYSTEM_TEST_AGENT_SECRET", ACP_WEBHOOK_SECRET);
        }
        environment.putAll(settings);
        Path jar = root.resolve(service + "-service/target/quarkus-app/quarkus-run.jar");
        services.put(service, new ServiceProcess(service + "-service", jar, freePort(), freePort(), environment,
                logs));
    }

    String url(String service) {
        return services.get(service).url();
    }

    String managementUrl(String service) {
        return services.get(service).managementUrl();
    }

    /** The receiver of the webhooks: the agent platform's at {@code /acp}, merchants' wherever they subscribe. */
    HttpRecorder webhooks() {
        return webhooks;
    }

    /** The e-mails the mail server received for {@code recipient}. */
    List<MimeMessage> emailsTo(String recipient) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().equals(recipient));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    String bootstrapServers() {
        return broker.bootstrapServers();
    }

    /** A connection to the service's own database, to check what it holds. */
    Connection database(String service) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(databases.get(service)), postgres.user(),
                postgres.password());
    }

    /** Every e-mail the mail server received. */
    List<MimeMessage> emails() {
        return List.of(smtp.getReceivedMessages());
    }

    /** Stops the broker and starts it again on the same port with its data, as a broker restart. */
    void restartBroker() {
        broker.restart();
    }

    void kill(String service) throws InterruptedException {
        services.get(service).kill();
    }

    void restart(String service) {
        services.get(service).start();
        services.get(service).awaitReady(READY_TIMEOUT);
    }

    /** Stops the service (SIGTERM) and starts it again with {@code overrides} on top of its environment. */
    void restartWith(String service, Map<String, String> overrides) throws InterruptedException {
        services.get(service).stop();
        services.get(service).start(overrides);
        services.get(service).awaitReady(READY_TIMEOUT);
    }

    @Override
    public void close() {
        for (ServiceProcess process : services.values()) {
            try {
                process.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        broker.close();
        smtp.stop();
        webhooks.close();
        databases.values().forEach(postgres::dropDatabase);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
