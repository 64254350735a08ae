package dev.comptoir.payments.psp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.comptoir.contracts.Events;
import dev.comptoir.contracts.Topics;
import dev.comptoir.contracts.orders.AuthorizePayment;
import dev.comptoir.payments.OrderEvents;
import dev.comptoir.payments.SandboxTokens;
import dev.comptoir.testing.KafkaBrokerResource;
import dev.comptoir.testing.KafkaTestClient;
import dev.comptoir.testing.PostgresDatabaseResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A sandbox token pays only within its allowance: each rule broken is a decline, never a charge. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
class AllowanceRulesIT {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    EntityManager entityManager;

    KafkaTestClient kafka;

    @BeforeEach
    void connect() {
        kafka = KafkaTestClient.forApplication(Topics.PAYMENTS);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void amountAboveTheMaximumIsDeclined() {
        String sessionId = session();
        String token = SandboxTokens.issue("4242424242424242", 1000, sessionId);
        assertEquals("allowance_exceeded", outcome(OrderEvents.authorize(order(), sessionId, token, 1001)));
    }

    @Test
    void anotherCurrencyIsDeclined() {
        String sessionId = session();
        String token = SandboxTokens.issue("4242424242424242", 5000, sessionId);
        AuthorizePayment eur = new AuthorizePayment(order(), sessionId, "test-agent", 1000, "eur", token, null);
        assertEquals("allowance_exceeded", outcome(eur));
    }

    @Test
    void anotherCheckoutSessionIsDeclined() {
        String token = SandboxTokens.issue("4242424242424242", 5000, session());
        assertEquals("allowance_exceeded", outcome(OrderEvents.authorize(order(), session(), token, 1000)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anotherMerchantIsDeclined() {
        String sessionId = session();
        Map<String, Object> body = new HashMap<>(SandboxTokens.delegatePaymentBody("4242424242424242", 5000,
                sessionId));
        Map<String, Object> allowance = new HashMap<>((Map<String, Object>) body.get("allowance"));
        allowance.put("merchant_id", "another_shop");
        body.put("allowance", allowance);
        String token = SandboxTokens.agent().body(body).post("/agentic_commerce/delegate_payment")
                .then().statusCode(201).extract().path("id");
        assertEquals("allowance_exceeded", outcome(OrderEvents.authorize(order(), sessionId, token, 1000)));
    }

    @Test
    void expiredTokenIsDeclined() {
        String sessionId = session();
        String token = SandboxTokens.issue("4242424242424242", 5000, sessionId);
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update vault_token set expires_at = ?1 where id = ?2")
                .setParameter(1, OffsetDateTime.now().minusMinutes(1)).setParameter(2, token).executeUpdate());
        assertEquals("payment_token_expired", outcome(OrderEvents.authorize(order(), sessionId, token, 1000)));
    }

    @Test
    void tokenPaysOneOrderOnly() {
        String sessionId = session();
        String token = SandboxTokens.issue("4242424242424242", 5000, sessionId);
        String first = order();
        kafka.publish(Events.AUTHORIZE_PAYMENT, OrderEvents.authorize(first, sessionId, token, 1000),
                UUID.randomUUID().toString());
        kafka.await(Events.PAYMENT_AUTHORIZED, e -> e.orderId().equals(first), WAIT);
        assertEquals("payment_token_used", outcome(OrderEvents.authorize(order(), sessionId, token, 1000)));
    }

    @Test
    void unknownTokenIsDeclined() {
        assertEquals("invalid_payment_token", outcome(OrderEvents.authorize(order(), session(), "vt_forged", 1000)));
    }

    private String outcome(AuthorizePayment command) {
        kafka.publish(Events.AUTHORIZE_PAYMENT, command, UUID.randomUUID().toString());
        return kafka.await(Events.PAYMENT_FAILED, e -> e.orderId().equals(command.orderId()), WAIT).code();
    }

    private static String order() {
        return KafkaTestClient.newOrderId();
    }

    private static String session() {
        return "cs_" + UUID.randomUUID().toString().replace("-", "");
    }
}
