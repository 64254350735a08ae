package dev.comptoir.payments.psp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.comptoir.payments.SandboxTokens;
import dev.comptoir.testing.AcpSchemas;
import dev.comptoir.testing.HostileBodies;
import dev.comptoir.testing.KafkaBrokerResource;
import dev.comptoir.testing.PostgresDatabaseResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Property: whatever an agent platform sends to the PSP, no 5xx, an ACP error when refused, and no token issued. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
@SuppressWarnings("unchecked")
class HostileDelegatePaymentIT {
    private static final long SEED = 20261129L;
    private static final int CASES = 200;

    @Inject
    EntityManager entityManager;

    @Test
    void hostileDelegatePaymentRequestsAreRefusedCleanlyAndIssueNoToken() throws Exception {
        Map<String, Object> body = new HashMap<>(SandboxTokens.delegatePaymentBody("4242424242424242", 5000,
                "cs_hostile"));
        Map<String, Object> allowance = new HashMap<>((Map<String, Object>) body.get("allowance"));
        allowance.put("expires_at", "2099-01-01T00:00:00Z");
        body.put("allowance", allowance);
        String valid = new ObjectMapper().writeValueAsString(body);
        Random random = new Random(SEED);
        for (int i = 0; i < CASES; i++) {
            String hostile = HostileBodies.next(random, valid);
            long before = tokens();
            Response response = SandboxTokens.agent().body(hostile).post("/agentic_commerce/delegate_payment");
            String what = "case " + i + " (seed " + SEED + ") with "
                    + (hostile.length() > 600 ? hostile.substring(0, 600) + "…" : hostile);
            assertTrue(response.statusCode() < 500, what + " → " + response.statusCode() + " " + response.asString());
            if (response.statusCode() >= 400) {
                try {
                    AcpSchemas.assertValid("schema.delegate_payment.json", "Error", response.asString());
                } catch (AssertionError invalid) {
                    throw new AssertionError(what + ": " + invalid.getMessage(), invalid);
                }
                assertEquals(before, tokens(), what + " was refused but issued a token");
            }
        }
    }

    private long tokens() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from vault_token").getSingleResult()).longValue());
    }
}
