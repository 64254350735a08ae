package dev.comptoir.notifications.webhook;

import static dev.comptoir.notifications.webhook.WebhookDeliveryIT.merchant;
import static dev.comptoir.notifications.webhook.WebhookDeliveryIT.subscribe;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.comptoir.contracts.Events;
import dev.comptoir.contracts.Topics;
import dev.comptoir.testing.HttpRecorder.Answer;
import dev.comptoir.testing.KafkaBrokerResource;
import dev.comptoir.testing.KafkaTestClient;
import dev.comptoir.testing.LogCapture;
import dev.comptoir.testing.PostgresDatabaseResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Signing secrets (merchant {@code whsec_} secrets, the ACP webhook secret, the key that encrypts them) and bearer
 * tokens pass through notifications-service: none may reach a log line, even when deliveries fail and are retried.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
@WithTestResource(WebhookReceiver.class)
class WebhookSecretsStayOutOfLogsIT {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void signingSecretsAndTokensNeverReachTheLogs() {
        List<String> secrets = new ArrayList<>(List.of(WebhookReceiver.ACP_SECRET, "local-merchant-token",
                ConfigProvider.getConfig().getValue("comptoir.webhooks.secret-key", String.class)));
        List<String> lines;
        try (LogCapture logs = LogCapture.start(); KafkaTestClient kafka = KafkaTestClient.forApplication(
                Topics.ORDERS)) {
            String path = "/merchant/secrets-" + UUID.randomUUID();
            WebhookReceiver.script(path, Answer.of(500), Answer.of(200));
            JsonPath subscription = subscribe(path, List.of("*"));
            secrets.add(subscription.getString("secret"));
            String id = subscription.getString("id");
            secrets.add(merchant().contentType("application/json").body("{\"overlap_seconds\": 3600}")
                    .post("/webhooks/subscriptions/" + id + "/rotate-secret").then().statusCode(200)
                    .extract().jsonPath().getString("secret"));
            String orderId = KafkaTestClient.newOrderId();
            String eventId = UUID.randomUUID().toString();
            kafka.publish(Events.ORDER_UPDATED, Orders.updated(orderId, "acp-test", 1, "created"), eventId);
            kafka.publish(Events.ORDER_UPDATED, Orders.updated(orderId, "acp-test", 1, "created"), eventId);

            await().atMost(WAIT).until(() -> WebhookReceiver.received(path).size() >= 2
                    && !WebhookReceiver.received("/acp/acp-test").isEmpty()
                    && logs.lines().stream().anyMatch(line -> line.contains("already applied")));
            lines = logs.lines();
        }

        assertFalse(lines.isEmpty(), "nothing was captured: the check would prove nothing");
        for (String line : lines) {
            for (String secret : secrets) {
                assertFalse(line.contains(secret), "a log line shows a secret: " + line);
                if (secret.startsWith("whsec_")) {
                    assertFalse(line.contains(secret.substring("whsec_".length())), "a log line shows a secret: "
                            + line);
                }
            }
        }
    }
}
