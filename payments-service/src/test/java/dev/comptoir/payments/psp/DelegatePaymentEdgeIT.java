package dev.comptoir.payments.psp;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.comptoir.payments.SandboxTokens;
import dev.comptoir.platform.acp.CanonicalJson;
import dev.comptoir.platform.auth.RequestSignatures;
import dev.comptoir.platform.text.HmacSha256;
import dev.comptoir.platform.text.Sha256;
import dev.comptoir.testing.KafkaBrokerResource;
import dev.comptoir.testing.PostgresDatabaseResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** What the PSP endpoint keeps of a request, and how much of one it reads. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
class DelegatePaymentEdgeIT {
    private static final String CARD = "4242424242424242";

    @Inject
    EntityManager entityManager;

    @Test
    void aBodyOverTheSizeLimitIsRefusedWith413AsAnAcpErrorBeforeItIsRead() {
        String tooLarge = "[" + "{},".repeat(400_000) + "{}]";
        // The delegate payment schema's closed list of codes has none for this: the code is the one of every service.
        SandboxTokens.agent().body(tooLarge).post("/agentic_commerce/delegate_payment")
                .then().statusCode(413).body("type", equalTo("invalid_request"))
                .body("code", equalTo("request_too_large")).body("message", notNullValue());
    }

    @Test
    void theCardBodyIsKeptAsAKeyedFingerprintAndStillReplaysOrConflicts() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = new ObjectMapper().writeValueAsString(
                SandboxTokens.delegatePaymentBody(CARD, 5000, "cs_" + key));
        String token = agentWithKey(key).body(body)
                .post("/agentic_commerce/delegate_payment").then().statusCode(201).extract().path("id");

        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select request_hash, body from idempotency_record where idem_key = :key", Object[].class)
                .setParameter("key", key).getResultList());
        assertEquals(1, rows.size());
        String fingerprint = (String) rows.get(0)[0];
        byte[] digest = CanonicalJson.digest(body);
        byte[] secret = ConfigProvider.getConfig().getValue("comptoir.idempotency.fingerprint-secret", String.class)
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(HexFormat.of().formatHex(HmacSha256.of(secret, digest)), fingerprint);
        assertNotEquals(Sha256.hex(body), fingerprint, "a plain hash of the body can be brute-forced");
        assertNotEquals(HexFormat.of().formatHex(digest), fingerprint, "so can a plain hash of its canonical form");
        assertFalse(((String) rows.get(0)[1]).contains(CARD.substring(6)), "the stored answer holds no card number");

        agentWithKey(key).body(body)
                .post("/agentic_commerce/delegate_payment")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(token));
        agentWithKey(key).body(body.replace(CARD, "4000000000000002"))
                .post("/agentic_commerce/delegate_payment")
                .then().statusCode(422).body("code", equalTo("idempotency_conflict"));
    }

    @Test
    void aSigningAgentMustSignItsDelegatePaymentsAndEachSignatureIsGoodOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = new ObjectMapper().writeValueAsString(
                SandboxTokens.delegatePaymentBody(CARD, 5000, "cs_" + key));
        String timestamp = OffsetDateTime.now(ZoneOffset.UTC).toString();
        String signature = RequestSignatures.sign("test-signing-secret", RequestSignatures.canonicalString("POST",
                "/agentic_commerce/delegate_payment", "", key, timestamp, body.getBytes(StandardCharsets.UTF_8)));

        signedAgent(key).body(body).post("/agentic_commerce/delegate_payment")
                .then().statusCode(401).body("code", equalTo("invalid_signature"));
        signedAgent(key).header("Timestamp", timestamp).header("Signature", signature).body(body)
                .post("/agentic_commerce/delegate_payment").then().statusCode(201);
        signedAgent(key).header("Timestamp", timestamp).header("Signature", signature).body(body)
                .post("/agentic_commerce/delegate_payment")
                .then().statusCode(401).body("code", equalTo("invalid_signature"));
    }

    private static RequestSpecification signedAgent(String key) {
        return given().auth().oauth2("signed-agent-token").contentType("application/json")
                .header("API-Version", "2026-04-17").header("Idempotency-Key", key);
    }

    private static RequestSpecification agentWithKey(String key) {
        return given().auth().oauth2("local-agent-token").contentType("application/json")
                .header("API-Version", "2026-04-17").header("Idempotency-Key", key);
    }
}
