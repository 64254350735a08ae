package dev.comptoir.orders.acp;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.comptoir.platform.acp.RequestSignatures;
import dev.comptoir.testing.AcpSchemas;
import dev.comptoir.testing.KafkaBrokerResource;
import dev.comptoir.testing.PostgresDatabaseResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An agent platform configured with a signing secret must sign every request (test profile: agent "signed"). */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
class SignedRequestsIT {
    private static final String SECRET = "test-signing-secret";
    private static final String BODY = "{\"line_items\": [{\"id\": \"mug-black\"}]}";

    @Test
    void correctlySignedRequestsAreServed() {
        String timestamp = now();
        String sessionId = signedAgent().header("Timestamp", timestamp)
                .header("Signature", RequestSignatures.sign(SECRET, timestamp, BODY))
                .body(BODY).post("/checkout_sessions")
                .then().statusCode(201).extract().path("id");
        String getTimestamp = now();
        signedAgent().header("Timestamp", getTimestamp)
                .header("Signature", RequestSignatures.sign(SECRET, getTimestamp, ""))
                .get("/checkout_sessions/{id}", sessionId)
                .then().statusCode(200).body("id", equalTo(sessionId));
    }

    @Test
    void unsignedTamperedOrStaleRequestsAreRefused() {
        String timestamp = now();
        String unsigned = signedAgent().body(BODY).post("/checkout_sessions")
                .then().statusCode(401).body("code", equalTo("invalid_signature")).extract().asString();
        AcpSchemas.assertValid("schema.agentic_checkout.json", "Error", unsigned);

        signedAgent().header("Timestamp", timestamp)
                .header("Signature", RequestSignatures.sign(SECRET, timestamp, BODY))
                .body(BODY.replace("mug-black", "tee-white-m")).post("/checkout_sessions")
                .then().statusCode(401);

        String stale = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(301).truncatedTo(ChronoUnit.SECONDS).toString();
        signedAgent().header("Timestamp", stale)
                .header("Signature", RequestSignatures.sign(SECRET, stale, BODY))
                .body(BODY).post("/checkout_sessions")
                .then().statusCode(401);

        signedAgent().header("Timestamp", timestamp)
                .header("Signature", RequestSignatures.sign("another-secret", timestamp, BODY))
                .body(BODY).post("/checkout_sessions")
                .then().statusCode(401);
    }

    private static String now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static RequestSpecification signedAgent() {
        return given().auth().oauth2("signed-agent-token").contentType("application/json")
                .header("API-Version", "2026-04-17").header("Idempotency-Key", UUID.randomUUID().toString());
    }
}
