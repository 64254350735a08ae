package dev.comptoir.notifications.webhook;

import static dev.comptoir.notifications.webhook.WebhookDeliveryIT.merchant;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.comptoir.testing.KafkaBrokerResource;
import dev.comptoir.testing.PostgresDatabaseResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
@WithTestResource(WebhookReceiver.class)
class SubscriptionsIT {
    @Inject
    EntityManager entityManager;

    @Test
    void secretIsShownOnceAtCreationAndStoredEncrypted() {
        JsonPath created = merchant().contentType("application/json")
                .body(Map.of("url", WebhookReceiver.url("/merchant/crud"), "events", List.of("order.shipped")))
                .post("/webhooks/subscriptions").then().statusCode(201)
                .body("secret", startsWith("whsec_")).body("enabled", equalTo(true))
                .body("events", equalTo(List.of("order.shipped"))).extract().jsonPath();
        String id = created.getString("id");
        String secret = created.getString("secret");

        merchant().get("/webhooks/subscriptions/" + id).then().statusCode(200)
                .body("secret", nullValue()).body("url", equalTo(WebhookReceiver.url("/merchant/crud")));
        merchant().get("/webhooks/subscriptions").then().statusCode(200)
                .body("id", hasItem(id)).body("secret", not(hasItem(secret)));
        String stored = (String) entityManager.createNativeQuery(
                "select secret from webhook_subscription where id = :id").setParameter("id", id).getSingleResult();
        assertFalse(stored.contains(secret.substring("whsec_".length())), "the secret is not stored in clear");
    }

    @Test
    void subscriptionCanBeChangedDisabledAndDeleted() {
        String id = WebhookDeliveryIT.subscribe("/merchant/changed", List.of("*")).getString("id");
        merchant().contentType("application/json")
                .body(Map.of("events", List.of("refund.failed", "dispute.opened"), "description", "ops",
                        "enabled", false))
                .patch("/webhooks/subscriptions/" + id).then().statusCode(200)
                .body("events", equalTo(List.of("refund.failed", "dispute.opened")))
                .body("description", equalTo("ops")).body("enabled", equalTo(false))
                .body("disabled_reason", equalTo("disabled by the merchant"));
        merchant().contentType("application/json").body(Map.of("enabled", true))
                .patch("/webhooks/subscriptions/" + id).then().statusCode(200)
                .body("enabled", equalTo(true)).body("disabled_reason", nullValue());

        merchant().delete("/webhooks/subscriptions/" + id).then().statusCode(204);
        merchant().get("/webhooks/subscriptions/" + id).then().statusCode(404).body("code", equalTo("not_found"));
        merchant().get("/webhooks/subscriptions/" + id + "/deliveries").then().statusCode(404);
    }

    @Test
    void badSubscriptionsAreRefusedNamingTheField() {
        String url = WebhookReceiver.url("/merchant/bad");
        merchant().contentType("application/json").body(Map.of("url", url, "events", List.of("order.shipped",
                "order.teleported"))).post("/webhooks/subscriptions").then().statusCode(400)
                .body("type", equalTo("invalid_request")).body("code", equalTo("unknown_event_type"))
                .body("param", equalTo("$.events[1]"));
        merchant().contentType("application/json").body(Map.of("url", url, "events", List.of()))
                .post("/webhooks/subscriptions").then().statusCode(400).body("param", equalTo("$.events"));
        merchant().contentType("application/json").body(Map.of("events", List.of("*")))
                .post("/webhooks/subscriptions").then().statusCode(400).body("param", equalTo("$.url"));
        merchant().contentType("application/json").body(Map.of("url", "ftp://example.com/x", "events", List.of("*")))
                .post("/webhooks/subscriptions").then().statusCode(400).body("code", equalTo("invalid_url"));
        merchant().contentType("application/json").body("{\"url\": 12, \"events\": \"*\"}")
                .post("/webhooks/subscriptions").then().statusCode(400).body("code", equalTo("invalid_json"));
        merchant().contentType("application/json").body("{not json").post("/webhooks/subscriptions").then()
                .statusCode(400);
        String id = WebhookDeliveryIT.subscribe("/merchant/bad-rotation", List.of("*")).getString("id");
        merchant().contentType("application/json").body(Map.of("overlap_seconds", -1))
                .post("/webhooks/subscriptions/" + id + "/rotate-secret").then().statusCode(400)
                .body("param", equalTo("$.overlap_seconds"));
        merchant().get("/webhooks/subscriptions/" + id + "/deliveries?limit=0").then().statusCode(400)
                .body("param", equalTo("limit"));
    }

    @Test
    void subscriptionsNeedTheMerchantToken() {
        given().get("/webhooks/subscriptions").then().statusCode(401);
        given().auth().oauth2("local-agent-token").get("/webhooks/subscriptions").then().statusCode(401);
        given().post("/webhooks/deliveries/whd_x/retry").then().statusCode(401);
    }
}
