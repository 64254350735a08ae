package dev.comptoir.orders.acp;

import static dev.comptoir.orders.AgentRequests.createSession;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.comptoir.orders.AgentRequests;
import dev.comptoir.testing.AcpSchemas;
import dev.comptoir.testing.HostileBodies;
import dev.comptoir.testing.KafkaBrokerResource;
import dev.comptoir.testing.PostgresDatabaseResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Property: whatever an agent sends, the answer is never a 5xx, a refusal is an ACP {@code Error}, and a refused
 * request changes nothing. Bodies and headers are generated from a fixed seed; a failure names its case.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
class HostileInputIT {
    private static final long SEED = 20261129L;
    private static final int CASES = 240;
    private static final String SCHEMA = "schema.agentic_checkout.json";

    @Inject
    EntityManager entityManager;

    @Test
    void hostileBodiesAreRefusedCleanlyAndChangeNothing() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Map<String, Object> create = new HashMap<>(createSession("mug-black", 1));
        create.put("line_items", List.of(Map.of("id", "mug-black", "quantity", 1),
                Map.of("id", "mug-engraved", "quantity", 1, "customizations", Map.of("engraving", "For Ada"))));
        create.put("discounts", Map.of("codes", List.of("WELCOME10", "SAVE5")));
        String createBody = json.writeValueAsString(create);
        Map<String, Object> complete = new HashMap<>(AgentRequests.complete("vt_hostile"));
        complete.put("authentication_result", Map.of("outcome", "authenticated", "outcome_details",
                Map.of("three_ds_cryptogram", "AbCdEfGhIjKlMnOpQrStUvWxY0=", "electronic_commerce_indicator", "05")));
        String completeBody = json.writeValueAsString(complete);
        Random random = new Random(SEED);
        for (int i = 0; i < CASES; i++) {
            String sessionId = AgentRequests.agent().body(createBody).post("/checkout_sessions")
                    .then().statusCode(201).extract().path("id");
            String[][] endpoints = {
                {"/checkout_sessions", createBody},
                {"/checkout_sessions/" + sessionId, createBody},
                {"/checkout_sessions/" + sessionId + "/complete", completeBody},
                {"/checkout_sessions/" + sessionId + "/cancel", "{}"}};
            String[] endpoint = endpoints[i % endpoints.length];
            String body = HostileBodies.next(random, endpoint[1]);
            long[] before = counts();
            Response response = AgentRequests.agent().body(body).post(endpoint[0]);
            String what = "case " + i + " (seed " + SEED + ") POST " + endpoint[0] + " with "
                    + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
            assertTrue(response.statusCode() < 500, what + " → " + response.statusCode() + " " + response.asString());
            if (response.statusCode() >= 400) {
                AcpSchemas.assertValid(SCHEMA, "Error", response.asString());
                assertEquals(List.of(before[0], before[1]), List.of(counts()[0], counts()[1]),
                        what + " was refused but changed sessions or orders");
            }
        }
    }

    @Test
    void hostileHeadersAreRefusedCleanly() {
        Random random = new Random(SEED);
        String[] garbage = {"", " ", "x".repeat(5000), "2026-04-17\r\nX-Injected: 1", "\u00e9\u00e8", "null",
            "2026-04-17, 2025-09-29", "9999-99-99"};
        for (int i = 0; i < 60; i++) {
            RequestSpecification request = given().contentType(random.nextBoolean() ? "application/json" : "text/plain")
                    .body("{\"line_items\":[{\"id\":\"mug-black\"}]}");
            if (random.nextInt(4) > 0) {
                request = request.header("Authorization", random.nextInt(3) == 0
                        ? "Bearer " + garbage[random.nextInt(garbage.length)] : "Bearer local-agent-token");
            }
            if (random.nextInt(3) > 0) {
                request = request.header("API-Version", random.nextBoolean() ? "2026-04-17"
                        : garbage[random.nextInt(garbage.length)].replace("\r\n", " "));
            }
            if (random.nextInt(3) > 0) {
                request = request.header("Idempotency-Key", random.nextBoolean() ? UUID.randomUUID().toString()
                        : garbage[random.nextInt(garbage.length)].replace("\r\n", " "));
            }
            Response response = request.post("/checkout_sessions");
            assertTrue(response.statusCode() < 500, "header case " + i + " → " + response.statusCode() + " "
                    + response.asString());
            if (response.statusCode() >= 400) {
                AcpSchemas.assertValid(SCHEMA, "Error", response.asString());
            }
        }
    }

    private long[] counts() {
        return QuarkusTransaction.requiringNew().call(() -> new long[] {
            ((Number) entityManager.createNativeQuery("select count(*) from checkout_session").getSingleResult())
                    .longValue(),
            ((Number) entityManager.createNativeQuery("select count(*) from orders").getSingleResult()).longValue()});
    }
}
