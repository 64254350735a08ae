package dev.comptoir.fulfillment.observability;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.contracts.Events;
import dev.comptoir.testing.KafkaBrokerResource;
import dev.comptoir.testing.PostgresDatabaseResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** An operator sees how many events wait in the outbox and for how long, and sees it drain. */
@QuarkusTest
@TestProfile(OutboxBacklogIT.SlowRelay.class)
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
class OutboxBacklogIT {
    private static final Duration WAIT = Duration.ofSeconds(20);

    /** The relay polls only hourly, so a row written behind its back waits until the next append wakes it. */
    public static class SlowRelay implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("comptoir.outbox.poll-interval", "PT1H", "comptoir.outbox.metrics-interval", "200ms");
        }
    }

    @Inject
    EntityManager entityManager;

    @Test
    void backlogAndAgeOfTheOldestUnsentRowShowThenDrain() {
        String sku = "sku-" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into outbox (event_id, topic, message_key, event_type, source, occurred_at, payload)
                values (:id, :topic, :key, :type, '/fulfillment', :at, :payload)""")
                .setParameter("id", UUID.randomUUID().toString())
                .setParameter("topic", Events.INVENTORY_LEVEL_CHANGED.topic())
                .setParameter("key", sku)
                .setParameter("type", Events.INVENTORY_LEVEL_CHANGED.type())
                .setParameter("at", Instant.now().minusSeconds(90).toString())
                .setParameter("payload", "{\"sku\":\"" + sku + "\",\"on_hand\":1,\"reserved\":0,\"available\":1}")
                .executeUpdate());

        await().atMost(WAIT).untilAsserted(() -> {
            String metrics = metrics();
            assertEquals(1, value(metrics, "comptoir_outbox_backlog"));
            assertTrue(value(metrics, "comptoir_outbox_oldest_age_seconds") >= 90);
        });

        given().auth().oauth2("local-merchant-token").contentType("application/json")
                .body(Map.of("on_hand", 2)).put("/stock/{sku}", sku).then().statusCode(200);

        await().atMost(WAIT).untilAsserted(() -> {
            String metrics = metrics();
            assertEquals(0, value(metrics, "comptoir_outbox_backlog"));
            assertEquals(0, value(metrics, "comptoir_outbox_oldest_age_seconds"));
        });
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static double value(String metrics, String series) {
        Matcher matcher = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)", Pattern.MULTILINE).matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : Double.NaN;
    }
}
