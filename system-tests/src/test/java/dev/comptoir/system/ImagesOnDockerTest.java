package dev.comptoir.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.comptoir.contracts.TopicSpec;
import dev.comptoir.contracts.Topics;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.MountableFile;

/**
 * The images as an operator runs them: each service built from its Dockerfile.jvm and started in its production
 * profile next to Kafka and PostgreSQL containers, then an agent checkout through the published ports. Runs with
 * {@code -Pcontainers} where a Docker engine answers (Testcontainers); skipped elsewhere.
 */
@Tag("containers")
class ImagesOnDockerTest {
    private static final String AGENT_TOKEN = "local-agent-token";
    private static final String AGENT_TOKENS = "local:fc2fb4a634bd6ccd6c0f09ba7eb11c646bfb3feea28a2dc04b804d9b7bf84803";
    private static final String MERCHANT_TOKENS =
            "local:5e6aa81947202e03652f81cb2f4dec9262fc7aa1f0b4d39a8f1f094c9e9aea6b";
    private static final Map<String, Integer> PORTS =
            Map.of("orders", 8080, "payments", 8081, "fulfillment", 8082, "notifications", 8083);

    private static final boolean DOCKER_ANSWERS = DockerClientFactory.instance().isDockerAvailable();
    private static final String NO_DOCKER =
            "No Docker engine answers: the images are not checked here (-Pcontainers needs Docker)";

    private static Network network;
    private static KafkaContainer kafka;
    private static PostgreSQLContainer postgres;
    private static final Map<String, GenericContainer<?>> services = new LinkedHashMap<>();

    @BeforeAll
    static void startImages() throws Exception {
        if (!DOCKER_ANSWERS) {
            System.out.println(NO_DOCKER);
            return;
        }
        Path root = Path.of(System.getProperty("comptoir.project.root", ".."));
        network = Network.newNetwork();
        kafka = new KafkaContainer("apache/kafka:4.1.2").withNetwork(network).withListener("kafka:19092");
        postgres = new PostgreSQLContainer("postgres:17-alpine").withNetwork(network).withNetworkAliases("postgres")
                .withCopyFileToContainer(MountableFile.forHostPath(root.resolve("deploy/compose/create-databases.sql")),
                        "/docker-entrypoint-initdb.d/create-databases.sql");
        kafka.start();
        postgres.start();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.getBootstrapServers()))) {
            admin.createTopics(Topics.ALL.stream().map(ImagesOnDockerTest::newTopic).toList()).all().get();
        }
        PORTS.forEach((service, port) -> services.put(service, serviceContainer(root, service, port)));
        services.values().parallelStream().forEach(GenericContainer::start);
    }

    private static NewTopic newTopic(TopicSpec topic) {
        return new NewTopic(topic.name(), topic.partitions(), (short) 1)
                .configs(Map.of("retention.ms", String.valueOf(topic.retention().toMillis())));
    }

    private static GenericContainer<?> serviceContainer(Path root, String service, int port) {
        Path module = root.resolve(service + "-service");
        ImageFromDockerfile image = new ImageFromDockerfile("comptoir/" + service + "-service:containers-test")
                .withFileFromPath(".", module).withDockerfile(module.resolve("src/main/docker/Dockerfile.jvm"));
        Map<String, String> environment = new LinkedHashMap<>(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "kafka:19092",
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://postgres:5432/comptoir_" + service,
                "QUARKUS_DATASOURCE_USERNAME", postgres.getUsername(),
                "QUARKUS_DATASOURCE_PASSWORD", postgres.getPassword(),
                "COMPTOIR_AUTH_AGENT_TOKENS", AGENT_TOKENS,
                "COMPTOIR_AUTH_MERCHANT_TOKENS", MERCHANT_TOKENS));
        if (service.equals("orders") || service.equals("payments")) {
            environment.put("COMPTOIR_IDEMPOTENCY_FINGERPRINT_SECRET", "system-test-fingerprint-secret");
        }
        switch (service) {
            case "orders" -> environment.put("COMPTOIR_DEMO_CATALOG", "true");
            case "fulfillment" -> environment.put("COMPTOIR_DEMO_STOCK", "mug-black:10");
            case "notifications" -> environment.put("COMPTOIR_WEBHOOKS_SECRET_KEY",
                    "ZGV2LW9ubHktd2ViaG9vay1zZWNyZXQta2V5LTMyYiE=");
            default -> { }
        }
        return new GenericContainer<>(image).withNetwork(network).withNetworkAliases(service).withEnv(environment)
                // Readiness is on the management port (quarkus.management.port: the service's port + 1000).
                .withExposedPorts(port, port + 1000).waitingFor(Wait.forHttp("/q/health/ready").forPort(port + 1000)
                        .withStartupTimeout(Duration.ofMinutes(3)));
    }

    @BeforeEach
    void requireDocker() {
        assumeTrue(DOCKER_ANSWERS, NO_DOCKER);
    }

    @AfterAll
    static void stopImages() {
        services.values().forEach(GenericContainer::stop);
        if (kafka != null) {
            kafka.stop();
            postgres.stop();
            network.close();
        }
    }

    @Test
    void theImagesTakeAnAgentCheckoutToAConfirmedOrder() {
        String sessionId = agent().body(Map.of("currency", "usd",
                        "line_items", List.of(Map.of("id", "mug-black", "quantity", 1)),
                        "fulfillment_details", Map.of("name", "Ada Lovelace", "email", "ada@example.com",
                                "address", Map.of("name", "Ada Lovelace", "line_one", "1234 Chat Road",
                                        "city", "San Francisco", "state", "CA", "country", "US",
                                        "postal_code", "94131"))))
                .post(url("orders") + "/checkout_sessions")
                .then().statusCode(201).extract().path("id");
        int total = agent().get(url("orders") + "/checkout_sessions/" + sessionId)
                .then().statusCode(200).extract().path("totals.find { it.type == 'total' }.amount");
        String token = agent().body(Map.of(
                        "payment_method", Map.of("type", "card", "card_number_type", "fpan",
                                "number", "4242424242424242", "exp_month", "12", "exp_year", "2030", "cvc", "123",
                                "display_card_funding_type", "credit", "metadata", Map.of()),
                        "allowance", Map.of("reason", "one_time", "max_amount", total, "currency", "usd",
                                "checkout_session_id", sessionId, "merchant_id", "comptoir_demo",
                                "expires_at", OffsetDateTime.now().plusHours(1).toString()),
                        "risk_signals", List.of(), "metadata", Map.of("source", "images-on-docker")))
                .post(url("payments") + "/agentic_commerce/delegate_payment")
                .then().statusCode(201).extract().path("id");
        String orderId = agent().body(Map.of(
                        "buyer", Map.of("first_name", "Ada", "last_name", "Lovelace", "email", "ada@example.com"),
                        "payment_data", Map.of("handler_id", "card_tokenized", "instrument",
                                Map.of("type", "card", "credential", Map.of("type", "spt", "token", token)))))
                .post(url("orders") + "/checkout_sessions/" + sessionId + "/complete")
                .then().statusCode(200).extract().path("order.id");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> agent().get(url("orders") + "/orders/" + orderId)
                .then().statusCode(200).body("status", oneOf("confirmed", "processing")));
        agent().get(url("orders") + "/checkout_sessions/" + sessionId).then().body("status", equalTo("completed"));
    }

    private static String url(String service) {
        GenericContainer<?> container = services.get(service);
        return "http://" + container.getHost() + ":" + container.getMappedPort(PORTS.get(service));
    }

    private static RequestSpecification agent() {
        return given().auth().oauth2(AGENT_TOKEN).contentType("application/json")
                .header("API-Version", "2026-04-17").header("Idempotency-Key", UUID.randomUUID().toString());
    }
}
