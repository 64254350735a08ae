package dev.comptoir.notifications.hostile;

import static io.restassured.RestAssured.given;

import dev.comptoir.testing.HostileEndpoint;
import dev.comptoir.testing.KafkaBrokerResource;
import dev.comptoir.testing.PostgresDatabaseResource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Property: whatever the merchant's notification API receives (pathological strings in every field and id, numbers at
 * every edge, bodies up to the size limit, absurd limits), no 5xx, a refusal in the error shape that changes nothing,
 * and each request within {@link HostileEndpoint#BUDGET} of server time.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
class HostileMerchantInputIT {
    private static final long SEED = 20261206L;
    private static final String SUBSCRIPTION = "{\"url\":\"http://127.0.0.1:9/hostile\",\"events\":[\"order.shipped\"],"
            + "\"description\":\"ops\",\"enabled\":true}";

    @Inject
    MeterRegistry registry;

    @Inject
    DataSource dataSource;

    @Test
    void hostileNotificationRequestsAreRefusedCleanlyQuicklyAndChangeNothing() {
        String id = json().body(SUBSCRIPTION).post("/webhooks/subscriptions").then().statusCode(201).extract()
                .path("id");
        HostileEndpoint suite = new HostileEndpoint(registry, HostileEndpoint.tables(dataSource,
                "webhook_subscription", "webhook_delivery", "webhook_attempt", "email_log"),
                HostileEndpoint::assertApiError);

        suite.bodies("POST /webhooks/subscriptions", HostileEndpoint.casesUpToTheLimit(SUBSCRIPTION, SEED, 8),
                body -> json().body(body).post("/webhooks/subscriptions"));
        suite.bodies("PATCH /webhooks/subscriptions/{id}", HostileEndpoint.cases(SUBSCRIPTION, SEED, 8),
                body -> json().body(body).patch("/webhooks/subscriptions/" + id));
        suite.bodies("POST /webhooks/subscriptions/{id}/rotate-secret", HostileEndpoint.cases(
                "{\"overlap_seconds\":3600}", SEED, 8),
                body -> json().body(body).post("/webhooks/subscriptions/" + id + "/rotate-secret"));

        suite.parameters("GET /webhooks/subscriptions/{id}", HostileEndpoint.PATHOLOGICAL_PARAMETERS, true,
                junk -> raw().get("/webhooks/subscriptions/" + junk));
        suite.parameters("PATCH /webhooks/subscriptions/{id}", HostileEndpoint.PATHOLOGICAL_PARAMETERS, true,
                junk -> raw().contentType("application/json").body("{\"enabled\":false}")
                        .patch("/webhooks/subscriptions/" + junk));
        suite.parameters("DELETE /webhooks/subscriptions/{id}", HostileEndpoint.PATHOLOGICAL_PARAMETERS, true,
                junk -> raw().delete("/webhooks/subscriptions/" + junk));
        suite.parameters("POST /webhooks/subscriptions/{id}/rotate-secret", HostileEndpoint.PATHOLOGICAL_PARAMETERS,
                true, junk -> raw().contentType("application/json").body("{}")
                        .post("/webhooks/subscriptions/" + junk + "/rotate-secret"));
        suite.parameters("GET /webhooks/subscriptions/{id}/deliveries", HostileEndpoint.PATHOLOGICAL_PARAMETERS, true,
                junk -> raw().get("/webhooks/subscriptions/" + junk + "/deliveries"));
        suite.parameters("GET /webhooks/subscriptions/{id}/deliveries?limit", HostileEndpoint.HOSTILE_NUMBERS, true,
                limit -> raw().get("/webhooks/subscriptions/" + id + "/deliveries?limit=" + limit));
        suite.parameters("POST /webhooks/deliveries/{id}/retry", HostileEndpoint.PATHOLOGICAL_PARAMETERS, true,
                junk -> raw().post("/webhooks/deliveries/" + junk + "/retry"));
        suite.parameters("GET /emails?order_id", HostileEndpoint.PATHOLOGICAL_PARAMETERS, false,
                junk -> raw().get("/emails?order_id=" + junk));

        suite.assertAllClean();
    }

    private static RequestSpecification json() {
        return given().auth().oauth2("local-merchant-token").contentType("application/json");
    }

    private static RequestSpecification raw() {
        return given().auth().oauth2("local-merchant-token").urlEncodingEnabled(false);
    }
}
