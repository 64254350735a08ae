package dev.comptoir.payments.psp;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import dev.comptoir.payments.SandboxTokens;
import dev.comptoir.testing.AcpSchemas;
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
class DelegatePaymentRateLimitIT {

    private static RequestSpecification throttledAgent() {
        return given().auth().oauth2("throttled-agent-token").contentType("application/json")
                .header("API-Version", "2026-04-17")
                .header("Idempotency-Key", UUID.randomUUID().toString());
    }

    @Test
    void anAgentBeyondItsLimitGets429RateLimitExceededWithRetryAfterWhileOtherAgentsAreServed() {
        throttledAgent().body(SandboxTokens.delegatePaymentBody("4242424242424242", 5000, "cs_limit"))
                .post("/agentic_commerce/delegate_payment").then().statusCode(201);

        String refused = throttledAgent().body(SandboxTokens.delegatePaymentBody("4242424242424242", 5000, "cs_limit"))
                .post("/agentic_commerce/delegate_payment")
                .then().statusCode(429)
                .header("Retry-After", Integer::parseInt, greaterThanOrEqualTo(900))
                .body("type", equalTo("rate_limit_exceeded"))
                .body("code", equalTo("too_many_requests"))
                .extract().asString();
        AcpSchemas.assertValid("schema.delegate_payment.json", "Error", refused);

        SandboxTokens.agent().body(SandboxTokens.delegatePaymentBody("4242424242424242", 5000, "cs_other"))
                .post("/agentic_commerce/delegate_payment").then().statusCode(201);
    }
}
