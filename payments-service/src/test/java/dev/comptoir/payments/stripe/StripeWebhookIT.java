package dev.comptoir.payments.stripe;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.contracts.Events;
import dev.comptoir.contracts.Topics;
import dev.comptoir.contracts.fulfillment.ShipmentShipped;
import dev.comptoir.contracts.payments.DisputeOpened;
import dev.comptoir.payments.OrderEvents;
import dev.comptoir.payments.SandboxTokens;
import dev.comptoir.testing.KafkaBrokerResource;
import dev.comptoir.testing.KafkaTestClient;
import dev.comptoir.testing.PostgresDatabaseResource;
import dev.comptoir.testing.WebhookSignatures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Stripe's notifications, signed as Stripe signs them ({@code t=…,v1=hex HMAC-SHA256 of "t.body"}). */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
class StripeWebhookIT {
    private static final String SECRET = "whsec_test_comptoir_webhooks";
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
    void refundStripeSettlesLaterCompletesThePendingRefund() {
        String orderId = stripePayment(true);
        String refundId = pendingRefund(orderId, 1000);
        deliver(event("refund.updated", "{\"id\":\"re_" + orderId + "\",\"object\":\"refund\",\"status\":\"succeeded\","
                + "\"amount\":1000,\"metadata\":{\"refund_id\":\"" + refundId + "\"}}"))
                .statusCode(200).body("applied", equalTo(true));

        assertEquals(1000, kafka.await(Events.REFUND_SUCCEEDED, e -> e.refundId().equals(refundId), WAIT).amount());
        payment(orderId).body("refunded", equalTo(1000)).body("refunds[0].status", equalTo("succeeded"));
    }

    @Test
    void refundStripeFailsLaterGivesTheAmountBack() {
        String orderId = stripePayment(true);
        String refundId = pendingRefund(orderId, 700);
        deliver(event("refund.failed", "{\"id\":\"re_" + orderId + "\",\"object\":\"refund\",\"status\":\"failed\","
                + "\"failure_reason\":\"expired_or_canceled_card\"}")).statusCode(200);

        assertEquals("provider_failed",
                kafka.await(Events.REFUND_FAILED, e -> e.refundId().equals(refundId), WAIT).reason());
        payment(orderId).body("refunded", equalTo(0)).body("refunds[0].failure_reason",
                equalTo("expired_or_canceled_card"));
    }

    @Test
    void disputeIsReportedOnceEvenWhenStripeDeliversItAgain() {
        String orderId = stripePayment(true);
        String event = event("charge.dispute.created", "{\"id\":\"dp_1\",\"object\":\"dispute\",\"amount\":2500,"
                + "\"currency\":\"usd\",\"reason\":\"fraudulent\",\"payment_intent\":\"pi_" + orderId + "\"}");
        deliver(event).statusCode(200).body("applied", equalTo(true));
        deliver(event).statusCode(200).body("applied", equalTo(false));

        DisputeOpened dispute = kafka.await(Events.DISPUTE_OPENED, e -> e.orderId().equals(orderId), WAIT);
        assertEquals("fraudulent", dispute.reason());
        assertEquals(1, kafka.eventsAfter(Duration.ofSeconds(1), Events.DISPUTE_OPENED,
                e -> e.orderId().equals(orderId)).size());
    }

    @Test
    void authorizationCanceledAtStripeIsVoidedHere() {
        String orderId = stripePayment(false);
        deliver(event("payment_intent.canceled", "{\"id\":\"pi_" + orderId + "\",\"object\":\"payment_intent\","
                + "\"status\":\"canceled\"}")).statusCode(200);

        kafka.await(Events.PAYMENT_VOIDED, e -> e.orderId().equals(orderId), WAIT);
        payment(orderId).body("status", equalTo("voided"));
    }

    @Test
    void unsignedForgedOrStaleNotificationsAreRefusedAndChangeNothing() {
        String orderId = stripePayment(true);
        String body = event("charge.dispute.created", "{\"id\":\"dp_2\",\"object\":\"dispute\",\"amount\":100,"
                + "\"currency\":\"usd\",\"reason\":\"general\",\"payment_intent\":\"pi_" + orderId + "\"}");
        long now = Instant.now().getEpochSecond();
        given().body(body).post("/stripe/webhooks").then().statusCode(400).body("code", equalTo("invalid_signature"));
        post(body, signature("whsec_wrong", now, body)).statusCode(400).body("code", equalTo("invalid_signature"));
        post(body, signature(SECRET, now - 301, body)).statusCode(400);
        post(body.replace("\"amount\":100", "\"amount\":100000"), signature(SECRET, now, body)).statusCode(400);

        assertTrue(kafka.eventsAfter(Duration.ofSeconds(1), Events.DISPUTE_OPENED,
                e -> e.orderId().equals(orderId)).isEmpty());
    }

    /** A payment as the Stripe provider leaves it: the PaymentIntent {@code pi_<order>}, captured or not. */
    private String stripePayment(boolean captured) {
        String orderId = KafkaTestClient.newOrderId();
        String sessionId = "cs_" + orderId;
        String token = SandboxTokens.issue("4242424242424242", 5000, sessionId);
        kafka.publish(Events.AUTHORIZE_PAYMENT, OrderEvents.authorize(orderId, sessionId, token, 5000),
                UUID.randomUUID().toString());
        kafka.await(Events.PAYMENT_AUTHORIZED, e -> e.orderId().equals(orderId), WAIT);
        if (captured) {
            kafka.publish(Events.SHIPMENT_SHIPPED, new ShipmentShipped(orderId, "shp_1", "simulated", "T1", null),
                    UUID.randomUUID().toString());
            kafka.await(Events.PAYMENT_CAPTURED, e -> e.orderId().equals(orderId), WAIT);
        }
        sql("update payment set provider = 'stripe', provider_payment_id = 'pi_" + orderId + "' where order_id = '"
                + orderId + "'");
        return orderId;
    }

    /** A refund Stripe answered {@code pending}: counted in the ledger until it settles. */
    private String pendingRefund(String orderId, long amount) {
        String refundId = "rf_" + orderId;
        sql("insert into refund (id, payment_id, order_id, amount, reason, status, provider_refund_id, created_at, "
                + "updated_at) select '" + refundId + "', id, order_id, " + amount + ", 'return', 'PENDING', 're_"
                + orderId + "', now(), now() from payment where order_id = '" + orderId + "'");
        sql("update payment set refunded_amount = " + amount + ", status = 'PARTIALLY_REFUNDED' where order_id = '"
                + orderId + "'");
        return refundId;
    }

    private void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(statement).executeUpdate());
    }

    private static String event(String type, String object) {
        return "{\"id\":\"evt_" + UUID.randomUUID().toString().replace("-", "") + "\",\"object\":\"event\","
                + "\"type\":\"" + type + "\",\"created\":" + OffsetDateTime.now().toEpochSecond()
                + ",\"data\":{\"object\":" + object + "}}";
    }

    private static ValidatableResponse deliver(String body) {
        return post(body, signature(SECRET, Instant.now().getEpochSecond(), body));
    }

    private static ValidatableResponse post(String body, String signature) {
        return given().header("Stripe-Signature", signature).contentType("application/json").body(body)
                .post("/stripe/webhooks").then();
    }

    private static String signature(String secret, long timestamp, String body) {
        return WebhookSignatures.stripeSignature(secret, timestamp, body);
    }

    private static ValidatableResponse payment(String orderId) {
        return given().auth().oauth2("local-merchant-token").queryParam("order_id", orderId).get("/payments")
                .then().statusCode(200).rootPath("[0]");
    }
}
