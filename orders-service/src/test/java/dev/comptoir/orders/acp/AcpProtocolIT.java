package dev.comptoir.orders.acp;

import static dev.comptoir.orders.AgentRequests.createSession;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.comptoir.testing.AcpSchemas;
import dev.comptoir.testing.KafkaBrokerResource;
import dev.comptoir.testing.PostgresDatabaseResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
class AcpProtocolIT {
    private static final String SCHEMA = "schema.agentic_checkout.json";
    private static final String CREATE_BODY = """
            {"currency": "usd", "line_items": [{"id": "mug-black", "quantity": 2}]}""";

    @Test
    void replayWithTheSameKeyAnswersTheSameWithoutASecondSession() {
        String key = UUID.randomUUID().toString();
        Response first = withKey(key).body(CREATE_BODY).post("/checkout_sessions");
        Response again = withKey(key).body(CREATE_BODY).post("/checkout_sessions");

        assertEquals(201, first.statusCode());
        assertEquals(201, again.statusCode());
        assertEquals(first.asString(), again.asString());
        assertEquals("true", again.header("Idempotent-Replayed"));
        assertEquals(null, first.header("Idempotent-Replayed"));
        assertEquals(key, first.header("Idempotency-Key"));
        assertEquals(key, again.header("Idempotency-Key"));
    }

    @Test
    void bodiesThatMeanTheSameAreTheSameRequest() {
        String key = UUID.randomUUID().toString();
        String id = withKey(key).body(CREATE_BODY).post("/checkout_sessions").then().statusCode(201)
                .extract().path("id");
        withKey(key).body("""
                {"line_items":[{"quantity":2.0,"id":"mug-black"}],   "currency":"usd"}""")
                .post("/checkout_sessions")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));
    }

    @Test
    void sameKeyWithAnotherBodyIsAConflict() {
        String key = UUID.randomUUID().toString();
        withKey(key).body(CREATE_BODY).post("/checkout_sessions").then().statusCode(201);
        String error = withKey(key).body(CREATE_BODY.replace("\"quantity\": 2", "\"quantity\": 3"))
                .post("/checkout_sessions")
                .then().statusCode(422).body("code", equalTo("idempotency_conflict")).extract().asString();
        AcpSchemas.assertValid(SCHEMA, "Error", error);
    }

    @Test
    void aRefusedRequestIsReplayedAsRefused() {
        String key = UUID.randomUUID().toString();
        String body = "{\"line_items\": [{\"id\": \"no-such-item\"}]}";
        String first = withKey(key).body(body).post("/checkout_sessions").then().statusCode(400).extract().asString();
        withKey(key).body(body).post("/checkout_sessions").then().statusCode(400)
                .header("Idempotent-Replayed", "true").body(equalTo(first));
    }

    @Test
    void postWithoutIdempotencyKeyIsRefused() {
        String error = agentWithoutKey().body(CREATE_BODY).post("/checkout_sessions")
                .then().statusCode(400).body("code", equalTo("idempotency_key_required")).extract().asString();
        AcpSchemas.assertValid(SCHEMA, "Error", error);
    }

    @Test
    void keysAreScopedToTheEndpoint() throws JsonProcessingException {
        String key = UUID.randomUUID().toString();
        String sessionId = withKey(key).body(createSessionJson()).post("/checkout_sessions")
                .then().statusCode(201).extract().path("id");
        withKey(key).body("{}").post("/checkout_sessions/{id}/cancel", sessionId)
                .then().statusCode(200).body("status", equalTo("canceled"))
                .header("Idempotent-Replayed", nullValue());
    }

    @Test
    void concurrentRequestsWithOneKeyHaveOneEffect() throws Exception {
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> withKey(key).body(CREATE_BODY).post("/checkout_sessions"));
            }
            Set<String> sessionIds = new HashSet<>();
            for (Future<Response> future : pool.invokeAll(calls)) {
                Response response = future.get();
                assertTrue(response.statusCode() == 201 || response.statusCode() == 409,
                        "201 or 409 in flight, got " + response.statusCode() + " " + response.asString());
                if (response.statusCode() == 201) {
                    sessionIds.add(response.path("id"));
                } else {
                    assertEquals("idempotency_in_flight", response.path("code"));
                    assertTrue(response.header("Retry-After") != null);
                }
            }
            assertEquals(1, sessionIds.size(), "one session for one key: " + sessionIds);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void missingOrUnsupportedApiVersionIsRefusedListingTheSupportedOnes() {
        String missing = given().auth().oauth2("local-agent-token").get("/checkout_sessions/{id}", "cs_any")
                .then().statusCode(400).body("supported_versions", contains("2026-04-17")).extract().asString();
        AcpSchemas.assertValid(SCHEMA, "Error", missing);
        given().auth().oauth2("local-agent-token").header("API-Version", "2025-09-29")
                .get("/checkout_sessions/{id}", "cs_any")
                .then().statusCode(400).body("code", equalTo("unsupported_api_version"))
                .body("supported_versions", contains("2026-04-17"));
    }

    @Test
    void requestIdIsEchoed() {
        withKey(UUID.randomUUID().toString()).header("Request-Id", "req_123").body(CREATE_BODY)
                .post("/checkout_sessions").then().statusCode(201).header("Request-Id", "req_123");
    }

    private static String createSessionJson() throws JsonProcessingException {
        return new ObjectMapper().writeValueAsString(createSession("mug-black", 1));
    }

    private static RequestSpecification agentWithoutKey() {
        return given().auth().oauth2("local-agent-token").contentType("application/json")
                .header("API-Version", "2026-04-17");
    }

    private static RequestSpecification withKey(String key) {
        return agentWithoutKey().header("Idempotency-Key", key);
    }
}
