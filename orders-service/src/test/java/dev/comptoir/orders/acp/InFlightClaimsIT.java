package dev.comptoir.orders.acp;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.comptoir.platform.acp.InstanceLease;
import dev.comptoir.testing.KafkaBrokerResource;
import dev.comptoir.testing.PostgresDatabaseResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** A request that dies without an answer leaves its key in flight: for how long depends on whether its process lives. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
class InFlightClaimsIT {
    private static final String CREATE_BODY = """
            {"currency": "usd", "line_items": [{"id": "mug-black", "quantity": 1}]}""";

    @Inject
    EntityManager entityManager;

    @Inject
    InstanceLease lease;

    @ConfigProperty(name = "comptoir.idempotency.lease-ttl")
    Duration leaseTtl;

    @Test
    void keyInFlightInAReplicaThatStoppedRenewingItsLeaseIsClaimedAnewWithoutWaitingForTheTimeout() {
        String key = UUID.randomUUID().toString();
        String replica = UUID.randomUUID().toString();
        withKey(key).body(CREATE_BODY).post("/checkout_sessions").then().statusCode(201);
        QuarkusTransaction.requiringNew().run(() -> {
            leaseRenewedAt(replica, OffsetDateTime.now());
            leftInFlightBy(key, replica);
        });

        withKey(key).body(CREATE_BODY).post("/checkout_sessions").then().statusCode(409)
                .body("code", equalTo("idempotency_in_flight"));

        QuarkusTransaction.requiringNew().run(() -> leaseRenewedAt(replica,
                OffsetDateTime.now().minus(leaseTtl).minusSeconds(1)));
        String retried = withKey(key).body(CREATE_BODY).post("/checkout_sessions").then().statusCode(201)
                .header("Idempotent-Replayed", nullValue()).extract().path("id");
        withKey(key).body(CREATE_BODY).post("/checkout_sessions").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(retried));
    }

    @Test
    void keyInFlightInThisProcessStaysInFlightPastTheLeaseTtl() {
        String key = UUID.randomUUID().toString();
        withKey(key).body(CREATE_BODY).post("/checkout_sessions").then().statusCode(201);
        QuarkusTransaction.requiringNew().run(() -> leftInFlightBy(key, lease.instanceId()));

        await().during(leaseTtl.plusSeconds(1)).atMost(leaseTtl.plusSeconds(5)).until(() -> withKey(key)
                .body(CREATE_BODY).post("/checkout_sessions").statusCode() == 409);
    }

    private void leftInFlightBy(String key, String owner) {
        entityManager.createNativeQuery("""
                update idempotency_record set state = 'IN_FLIGHT', status = null, body = null,
                owner_instance = :owner, created_at = :now where idem_key = :key""")
                .setParameter("owner", owner)
                .setParameter("now", OffsetDateTime.now())
                .setParameter("key", key)
                .executeUpdate();
    }

    private void leaseRenewedAt(String instance, OffsetDateTime renewedAt) {
        entityManager.createNativeQuery("delete from instance_lease where instance_id = :id")
                .setParameter("id", instance)
                .executeUpdate();
        entityManager.createNativeQuery("insert into instance_lease (instance_id, renewed_at) values (:id, :at)")
                .setParameter("id", instance)
                .setParameter("at", renewedAt)
                .executeUpdate();
    }

    private static RequestSpecification withKey(String key) {
        return given().auth().oauth2("local-agent-token").contentType("application/json")
                .header("API-Version", "2026-04-17").header("Idempotency-Key", key);
    }
}
