package dev.comptoir.notifications.webhook;

import static dev.comptoir.notifications.webhook.WebhookDeliveryIT.merchant;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.comptoir.contracts.Events;
import dev.comptoir.contracts.Topics;
import dev.comptoir.contracts.payments.PaymentFailed;
import dev.comptoir.testing.KafkaBrokerResource;
import dev.comptoir.testing.KafkaTestClient;
import dev.comptoir.testing.PostgresDatabaseResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(PrivateTargetsRefusedIT.PublicTargetsOnly.class)
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
@WithTestResource(WebhookReceiver.class)
class PrivateTargetsRefusedIT {

    public static class PublicTargetsOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("comptoir.webhooks.allow-private-targets", "false");
        }
    }

    @Inject
    SecretCipher cipher;

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8083/hook", "http://10.1.2.3/hook",
            "http://169.254.169.254/latest/meta-data/", "http://localhost:8083/hook", "http://[::1]/hook",
            "http://192.168.0.10/hook", "http://100.64.1.1/hook"})
    void subscribingAPrivateTargetIsRefusedWithTheReason(String url) {
        merchant().contentType("application/json").body(Map.of("url", url, "events", List.of("*")))
                .post("/webhooks/subscriptions").then().statusCode(400)
                .body("type", equalTo("invalid_request")).body("code", equalTo("invalid_url"))
                .body("param", equalTo("$.url"))
                .body("message", startsWith("The webhook URL is refused: the host "));
    }

    /** A target that passed at subscription time (its name resolved elsewhere then) is checked again at each send. */
    @Test
    void aTargetThatTurnedPrivateIsAFailedAttemptAndNeverContacted() {
        String path = "/merchant/turned-private";
        String id = "whsub_turned_private";
        QuarkusTransaction.requiringNew().run(() -> {
            WebhookSubscription subscription = new WebhookSubscription();
            subscription.id = id;
            subscription.url = WebhookReceiver.url(path);
            subscription.events = "payment.failed";
            subscription.enabled = true;
            subscription.secret = cipher.encrypt(StandardWebhookSignature.newSecret());
            subscription.createdAt = java.time.OffsetDateTime.now();
            subscription.updatedAt = subscription.createdAt;
            subscription.persist();
        });
        try (KafkaTestClient kafka = KafkaTestClient.forApplication(Topics.PAYMENTS)) {
            kafka.publish(Events.PAYMENT_FAILED, new PaymentFailed(KafkaTestClient.newOrderId(), "card_declined",
                    "Declined"), java.util.UUID.randomUUID().toString());
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> WebhookDeliveryIT.deliveries(id)
                .body("[0].attempts[0].status_code", equalTo(null))
                .body("[0].attempts[0].error", startsWith("refused target: the host 127.0.0.1 resolves to 127.0.0.1")));
        assertEquals(0, WebhookReceiver.received(path).size());
    }
}
