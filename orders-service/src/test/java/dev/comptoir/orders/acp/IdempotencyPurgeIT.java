package dev.comptoir.orders.acp;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.comptoir.platform.acp.IdempotencyPurge;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
class IdempotencyPurgeIT {
    private static final String CREATE_BODY = """
            {"currency": "usd", "line_items": [{"id": "mug-black", "quantity": 1}]}""";

    @Inject
    EntityManager entityManager;

    @Inject
    IdempotencyPurge purge;

    @ConfigProperty(name = "comptoir.idempotency.retention")
    Duration retention;

    @Test
    void expiredRecordsArePurgedInBatchesWhileRetainedOnesStillReplay() {
        String retainedKey = UUID.randomUUID().toString();
        String expiredKey = UUID.randomUUID().toString();
        String retainedAnswer = withKey(retainedKey).body(CREATE_BODY).post("/checkout_sessions")
                .then().statusCode(201).extract().asString();
        withKey(expiredKey).body(CREATE_BODY).post("/checkout_sessions").then().statusCode(201);
        OffsetDateTime expired = OffsetDateTime.now().minus(retention).minusMinutes(1);
        String scope = "purge-test " + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            age(retainedKey, OffsetDateTime.now().minus(retention).plusMinutes(1));
            age(expiredKey, expired);
            // More than two batches of expired answers, an abandoned claim, and a claim whose request still runs.
            entityManager.createNativeQuery("""
                    insert into idempotency_record (scope, idem_key, request_hash, state, claim_id, status, body,
                        created_at)
                    select :scope, 'answered-' || n, 'hash', 'DONE', 'claim', 201, '{}', :expired
                    from generate_series(1, 2500) n""")
                    .setParameter("scope", scope)
                    .setParameter("expired", expired)
                    .executeUpdate();
            claim(scope, "abandoned", expired);
            claim(scope, "running", OffsetDateTime.now());
        });

        purge.purge();

        assertEquals(List.of("running"), keysWhere("scope", scope));
        assertEquals(List.of(), keysWhere("idem_key", expiredKey));
        withKey(retainedKey).body(CREATE_BODY).post("/checkout_sessions")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body(equalTo(retainedAnswer));
    }

    private void age(String key, OffsetDateTime createdAt) {
        entityManager.createNativeQuery("update idempotency_record set created_at = :createdAt where idem_key = :key")
                .setParameter("createdAt", createdAt)
                .setParameter("key", key)
                .executeUpdate();
    }

    private void claim(String scope, String key, OffsetDateTime createdAt) {
        entityManager.createNativeQuery("""
                insert into idempotency_record (scope, idem_key, request_hash, state, claim_id, created_at)
                values (:scope, :key, 'hash', 'IN_FLIGHT', :claim, :createdAt)""")
                .setParameter("scope", scope)
                .setParameter("key", key)
                .setParameter("claim", UUID.randomUUID().toString())
                .setParameter("createdAt", createdAt)
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private List<String> keysWhere(String column, String value) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select idem_key from idempotency_record where " + column + " = :value order by idem_key")
                .setParameter("value", value).setMaxResults(5).getResultList());
    }

    private static RequestSpecification withKey(String key) {
        return given().auth().oauth2("local-agent-token").contentType("application/json")
                .header("API-Version", "2026-04-17").header("Idempotency-Key", key);
    }
}
