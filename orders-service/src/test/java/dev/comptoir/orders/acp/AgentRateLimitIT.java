package dev.comptoir.orders.acp;

import static dev.comptoir.orders.AgentRequests.agent;
import static dev.comptoir.orders.AgentRequests.createSession;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import dev.comptoir.testing.KafkaBrokerResource;
import dev.comptoir.testing.PostgresDatabaseResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The "throttled" agent platform may send one request, then one every 1000 s (%test config). */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
class AgentRateLimitIT {

    private static RequestSpecification throttledAgent() {
        return given().auth().oauth2("throttled-agent-token").contentType("application/json")
                .header("API-Version", "2026-04-17")
                .header("Idempotency-Key", UUID.randomUUID().toString());
    }

    @Test
    void anAgentBeyondItsLimitGets429WithRetryAfterOnCheckoutAndOrdersWhileOtherAgentsAreServed() {
        throttledAgent().body(createSession("mug-black", 1)).post("/checkout_sessions").then().statusCode(201);

        throttledAgent().body(createSession("mug-black", 1)).post("/checkout_sessions")
                .then().statusCode(429)
                .header("Retry-After", Integer::parseInt, greaterThanOrEqualTo(900))
                .body("type", equalTo("invalid_request"))
                .body("code", equalTo("too_many_requests"));
        throttledAgent().get("/orders/{id}", "ord_unknown")
                .then().statusCode(429)
                .body("code", equalTo("too_many_requests"));

        agent().body(createSession("mug-black", 1)).post("/checkout_sessions").then().statusCode(201);
    }
}
