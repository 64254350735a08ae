package dev.comptoir.orders.acp;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.testing.AcpSchemas;
import dev.comptoir.testing.KafkaBrokerResource;
import dev.comptoir.testing.PostgresDatabaseResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** No request body larger than quarkus.http.limits.max-body-size (1 MiB) is read, on any endpoint. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
class OversizedBodyIT {
    private static final String TOO_LARGE = "[" + "{},".repeat(400_000) + "{}]";

    @TestHTTPResource("/checkout_sessions")
    URI checkoutSessions;

    @Test
    void aBodyOverTheLimitIsRefusedWith413AsAnAcpError() {
        String error = given().auth().oauth2("local-agent-token").contentType("application/json")
                .header("API-Version", "2026-04-17").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(TOO_LARGE).post("/checkout_sessions")
                .then().statusCode(413).body("type", equalTo("invalid_request"))
                .body("code", equalTo("request_too_large")).extract().asString();
        AcpSchemas.assertValid("schema.agentic_checkout.json", "Error", error);
        given().auth().oauth2("local-merchant-token").contentType("application/json").body(TOO_LARGE)
                .put("/admin/products/mug-black")
                .then().statusCode(413).body("code", equalTo("request_too_large"));
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedWith413AsAnAcpError() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(checkoutSessions)
                .header("Authorization", "Bearer local-agent-token").header("Content-Type", "application/json")
                .header("API-Version", "2026-04-17").header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(TOO_LARGE.getBytes(StandardCharsets.UTF_8))))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"code\":\"request_too_large\""), response.body());
    }
}
