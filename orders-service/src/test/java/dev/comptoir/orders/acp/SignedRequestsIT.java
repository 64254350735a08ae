package dev.comptoir.orders.acp;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.comptoir.platform.auth.RequestSignatures;
import dev.comptoir.testing.AcpSchemas;
import dev.comptoir.testing.KafkaBrokerResource;
import dev.comptoir.testing.PostgresDatabaseResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An agent platform configured with a signing secret must sign every request, to every endpoint it reaches, and each
 * signature binds the whole request and is good once (test profile: agent "signed").
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
class SignedRequestsIT {
    private static final String SECRET = "test-signing-secret";
    private static final String BODY = "{\"line_items\": [{\"id\": \"mug-black\"}]}";

    @Test
    void correctlySignedRequestsAreServedOnEveryAgentEndpoint() {
        String sessionId = send(signed("POST", "/checkout_sessions", "", key(), BODY)).then().statusCode(201)
                .extract().path("id");
        send(signed("GET", "/checkout_sessions/" + sessionId, "", null, ""))
                .then().statusCode(200).body("id", equalTo(sessionId));
        send(signed("GET", "/checkout_sessions/" + sessionId, "expand=none", null, ""))
                .then().statusCode(200).body("id", equalTo(sessionId));
        // Past the signature check: the order does not exist.
        send(signed("GET", "/orders/ord_none", "", null, "")).then().statusCode(404);
        send(signed("GET", "/orders/ord_none/timeline", "", null, "")).then().statusCode(404);
        send(signed("POST", "/orders/ord_none/cancel", "", null, "")).then().statusCode(404);
        send(signed("POST", "/orders/ord_none/returns", "", null, "{\"line_items\": []}")).then().statusCode(404);
    }

    @Test
    void unsignedRequestsToAnyAgentEndpointAreRefused() {
        String unsigned = signedAgent("POST", "/checkout_sessions", key(), BODY).request()
                .post("/checkout_sessions").then().statusCode(401).body("code", equalTo("invalid_signature"))
                .extract().asString();
        AcpSchemas.assertValid("schema.agentic_checkout.json", "Error", unsigned);
        given().auth().oauth2("signed-agent-token").get("/orders/ord_none")
                .then().statusCode(401).body("code", equalTo("invalid_signature"));
        given().auth().oauth2("signed-agent-token").get("/orders/ord_none/timeline").then().statusCode(401);
        given().auth().oauth2("signed-agent-token").post("/orders/ord_none/cancel").then().statusCode(401);
        given().auth().oauth2("signed-agent-token").body("{\"line_items\": []}").post("/orders/ord_none/returns")
                .then().statusCode(401);
    }

    @Test
    void aSignatureIsNotValidForAnotherBodySecretOrTime() {
        SignedRequest request = signed("POST", "/checkout_sessions", "", key(), BODY);
        send(new SignedRequest("POST", "/checkout_sessions", request.key(), BODY.replace("mug-black", "tee-white-m"),
                request.timestamp(), request.signature())).then().statusCode(401);

        String stale = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(301).truncatedTo(ChronoUnit.SECONDS).toString();
        send(signedAt(stale, SECRET, "POST", "/checkout_sessions", "", key(), BODY)).then().statusCode(401);
        send(signedAt(now(), "another-secret", "POST", "/checkout_sessions", "", key(), BODY)).then().statusCode(401);
    }

    @Test
    void theSignatureOfAGetIsRefusedOnAPostToCancel() {
        String sessionId = send(signed("POST", "/checkout_sessions", "", key(), BODY)).then().statusCode(201)
                .extract().path("id");
        SignedRequest get = signed("GET", "/checkout_sessions/" + sessionId, "", null, "");
        send(new SignedRequest("POST", "/checkout_sessions/" + sessionId + "/cancel", key(), "", get.timestamp(),
                get.signature())).then().statusCode(401).body("code", equalTo("invalid_signature"));
        SignedRequest getOrder = signed("GET", "/orders/ord_none", "", null, "");
        send(new SignedRequest("POST", "/orders/ord_none/cancel", null, "", getOrder.timestamp(),
                getOrder.signature())).then().statusCode(401);
        send(signed("GET", "/checkout_sessions/" + sessionId, "", null, ""))
                .then().statusCode(200).body("status", equalTo("not_ready_for_payment"));
    }

    @Test
    void aSignedPostIsRefusedAgainWhateverItsIdempotencyKey() {
        SignedRequest first = signed("POST", "/checkout_sessions", "", key(), BODY);
        send(first).then().statusCode(201);
        send(new SignedRequest(first.method(), first.pathAndQuery(), key(), first.body(), first.timestamp(),
                first.signature())).then().statusCode(401);
        send(first).then().statusCode(401).body("code", equalTo("invalid_signature"));
    }

    @Test
    void aTamperedQueryIsRefused() {
        String sessionId = send(signed("POST", "/checkout_sessions", "", key(), BODY)).then().statusCode(201)
                .extract().path("id");
        SignedRequest get = signed("GET", "/checkout_sessions/" + sessionId, "expand=none", null, "");
        send(new SignedRequest("GET", "/checkout_sessions/" + sessionId + "?expand=all", null, "", get.timestamp(),
                get.signature())).then().statusCode(401);
    }

    private record SignedRequest(String method, String pathAndQuery, String key, String body, String timestamp,
            String signature) {
    }

    private static SignedRequest signed(String method, String path, String query, String key, String body) {
        return signedAt(now(), SECRET, method, path, query, key, body);
    }

    private static SignedRequest signedAt(String timestamp, String secret, String method, String path, String query,
            String key, String body) {
        String signature = RequestSignatures.sign(secret, RequestSignatures.canonicalString(method, path, query, key,
                timestamp, body.getBytes(StandardCharsets.UTF_8)));
        return new SignedRequest(method, query.isEmpty() ? path : path + "?" + query, key, body, timestamp,
                signature);
    }

    private static Response send(SignedRequest request) {
        return signedAgent(request.method(), request.pathAndQuery(), request.key(), request.body())
                .header("Timestamp", request.timestamp()).header("Signature", request.signature())
                .request(request.method(), request.pathAndQuery());
    }

    private static RequestSpecification signedAgent(String method, String pathAndQuery, String key, String body) {
        RequestSpecification spec = given().auth().oauth2("signed-agent-token").contentType("application/json")
                .urlEncodingEnabled(false).header("API-Version", "2026-04-17");
        if (key != null) {
            spec = spec.header("Idempotency-Key", key);
        }
        return body.isEmpty() ? spec : spec.body(body);
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private static String now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
