package dev.comptoir.payments.hostile;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.comptoir.payments.SandboxTokens;
import dev.comptoir.testing.AcpSchemas;
import dev.comptoir.testing.HostileBodies;
import dev.comptoir.testing.HostileEndpoint;
import dev.comptoir.testing.KafkaBrokerResource;
import dev.comptoir.testing.PostgresDatabaseResource;
import dev.comptoir.testing.WebhookSignatures;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Property: whatever reaches payments (the merchant's lookups, Stripe's webhook with forged or hostile bodies, an agent
 * platform's delegate_payment with every field made pathological), no 5xx, a refusal in the error shape of its surface
 * that changes nothing, and each request within {@link HostileEndpoint#BUDGET} of server time.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
class HostileMerchantInputIT {
    private static final long SEED = 20261206L;
    private static final String STRIPE_SECRET = "whsec_test_comptoir_webhooks";
    private static final String STRIPE_EVENT = "{\"id\":\"evt_hostile\",\"object\":\"event\",\"type\":"
            + "\"charge.dispute.created\",\"created\":1765000000,\"data\":{\"object\":{\"id\":\"dp_1\",\"object\":"
            + "\"dispute\",\"amount\":2500,\"currency\":\"usd\",\"reason\":\"fraudulent\",\"payment_intent\":"
            + "\"pi_hostile\"}}}";

    @Inject
    MeterRegistry registry;

    @Inject
    DataSource dataSource;

    @Test
    void hostileMerchantLookupsAreRefusedCleanlyQuickly() {
        HostileEndpoint suite = new HostileEndpoint(registry, state(), HostileEndpoint::assertApiError);

        suite.parameters("GET /payments?order_id", HostileEndpoint.PATHOLOGICAL_PARAMETERS, false,
                id -> merchant().get("/payments?order_id=" + id));
        suite.parameters("GET /platform-fees?agent", HostileEndpoint.PATHOLOGICAL_PARAMETERS, false,
                agent -> merchant().get("/platform-fees?agent=" + agent));
        // A blank from is as good as absent: from the beginning.
        suite.parameters("GET /platform-fees?from", HostileEndpoint.except(HostileEndpoint.PATHOLOGICAL_PARAMETERS,
                "blank"), true,
                from -> merchant().get("/platform-fees?agent=local&from=" + from));
        suite.parameters("GET /platform-fees?to", HostileEndpoint.HOSTILE_NUMBERS, true,
                to -> merchant().get("/platform-fees?agent=local&to=" + to));

        suite.assertAllClean();
    }

    @Test
    void forgedOrHostileStripeNotificationsAreRefusedCleanlyAndChangeNothing() {
        HostileEndpoint suite = new HostileEndpoint(registry, state(), HostileEndpoint::assertApiError);
        long now = Instant.now().getEpochSecond();

        List<HostileBodies.Case> forged = HostileEndpoint.cases(STRIPE_EVENT, SEED, 8).stream()
                .map(hostile -> new HostileBodies.Case(hostile.name(), hostile.body(), true)).toList();
        suite.bodies("POST /stripe/webhooks signed with another secret", forged, body -> stripe(body,
                WebhookSignatures.stripeSignature("whsec_wrong", now, body)));
        // Stripe signed it: an event we need nothing from is acknowledged, one we cannot store is refused.
        List<HostileBodies.Case> signed = HostileEndpoint.cases(STRIPE_EVENT, SEED, 8).stream()
                .map(hostile -> new HostileBodies.Case(hostile.name(), hostile.body(), false)).toList();
        suite.bodies("POST /stripe/webhooks signed", signed, body -> stripe(body,
                WebhookSignatures.stripeSignature(STRIPE_SECRET, now, body)));
        suite.parameters("POST /stripe/webhooks with a Stripe-Signature of", HostileEndpoint.PATHOLOGICAL_PARAMETERS,
                true, signature -> stripe(STRIPE_EVENT, signature));

        suite.assertAllClean();
    }

    /**
     * Can exceed the time budget on a busy machine until issue 14 finding 2 is fixed with a lower request-body limit:
     * under today's 10 MB limit, idempotency builds a JSON tree of a [{},{},…] body that size (5 s of server time seen
     * while other builds shared the two cores, under 1 s otherwise).
     */
    @Test
    void hostileDelegatePaymentFieldsAreRefusedCleanlyQuicklyAndIssueNoToken() throws Exception {
        HostileEndpoint suite = new HostileEndpoint(registry, state(),
                body -> AcpSchemas.assertValid("schema.delegate_payment.json", "Error", body));
        Map<String, Object> body = SandboxTokens.delegatePaymentBody("4242424242424242", 5000, "cs_hostile");
        suite.bodies("POST /agentic_commerce/delegate_payment",
                HostileEndpoint.casesUpToTheLimit(new ObjectMapper().writeValueAsString(body), SEED, 0),
                hostile -> SandboxTokens.agent().body(hostile).post("/agentic_commerce/delegate_payment"));

        suite.assertAllClean();
    }

    private Supplier<Map<String, String>> state() {
        return HostileEndpoint.tables(dataSource, "payment", "refund", "platform_fee", "stripe_event", "vault_token");
    }

    private static RequestSpecification merchant() {
        return given().auth().oauth2("local-merchant-token").urlEncodingEnabled(false);
    }

    private static io.restassured.response.Response stripe(String body, String signature) {
        return given().header("Stripe-Signature", signature).contentType("application/json").body(body)
                .post("/stripe/webhooks");
    }
}
