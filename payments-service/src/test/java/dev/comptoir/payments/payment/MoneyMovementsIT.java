package dev.comptoir.payments.payment;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.comptoir.contracts.Events;
import dev.comptoir.contracts.Topics;
import dev.comptoir.contracts.fulfillment.ShipmentShipped;
import dev.comptoir.contracts.orders.RefundRequested;
import dev.comptoir.contracts.payments.PaymentCaptured;
import dev.comptoir.contracts.payments.RefundFailed;
import dev.comptoir.contracts.payments.RefundSucceeded;
import dev.comptoir.payments.OrderEvents;
import dev.comptoir.payments.SandboxTokens;
import dev.comptoir.testing.KafkaBrokerResource;
import dev.comptoir.testing.KafkaTestClient;
import dev.comptoir.testing.PostgresDatabaseResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Capture at shipment (the default strategy), refunds, and the agent platform's commission (2.5 % in tests). */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
class MoneyMovementsIT {
    private static final Duration WAIT = Duration.ofSeconds(20);

    KafkaTestClient kafka;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void connect() {
        kafka = KafkaTestClient.forApplication(Topics.PAYMENTS);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void moneyIsTakenWhenTheFirstParcelShipsAndOnlyOnce() {
        String orderId = authorized("4242424242424242", 4000);
        payment(orderId).body("status", equalTo("authorized")).body("captured", equalTo(0));

        kafka.publish(Events.SHIPMENT_SHIPPED, shipped(orderId, "shp_1"), UUID.randomUUID().toString());
        kafka.publish(Events.SHIPMENT_SHIPPED, shipped(orderId, "shp_2"), UUID.randomUUID().toString());

        PaymentCaptured captured = kafka.await(Events.PAYMENT_CAPTURED, e -> e.orderId().equals(orderId), WAIT);
        assertEquals(4000, captured.amount());
        assertEquals(1, kafka.eventsAfter(Duration.ofSeconds(2), Events.PAYMENT_CAPTURED,
                e -> e.orderId().equals(orderId)).size(), "one capture per order");
        payment(orderId).body("status", equalTo("captured")).body("authorized", equalTo(4000))
                .body("captured", equalTo(4000));
    }

    @Test
    void digitalOnlyOrderIsCapturedAtConfirmation() {
        String orderId = KafkaTestClient.newOrderId();
        String sessionId = "cs_" + orderId;
        String token = SandboxTokens.issue("4242424242424242", 900, sessionId);
        kafka.publish(Events.AUTHORIZE_PAYMENT, OrderEvents.authorize(orderId, sessionId, token, 900),
                UUID.randomUUID().toString());
        kafka.await(Events.PAYMENT_AUTHORIZED, e -> e.orderId().equals(orderId), WAIT);
        kafka.publish(Events.ORDER_CONFIRMED, OrderEvents.confirmed(orderId, 900, true), UUID.randomUUID().toString());

        assertEquals(900, kafka.await(Events.PAYMENT_CAPTURED, e -> e.orderId().equals(orderId), WAIT).amount());
    }

    @Test
    void refundsGiveBackAtMostWhatWasCapturedAndEachRefundIdOnce() {
        String orderId = capturedOrder("4242424242424242", 4000);
        RefundRequested first = new RefundRequested(orderId, "rf_" + orderId + "_1", 1500, "damaged");
        kafka.publish(Events.REFUND_REQUESTED, first, UUID.randomUUID().toString());
        kafka.publish(Events.REFUND_REQUESTED, first, UUID.randomUUID().toString());
        RefundSucceeded succeeded = kafka.await(Events.REFUND_SUCCEEDED,
                e -> e.refundId().equals(first.refundId()), WAIT);
        assertEquals(1500, succeeded.amount());

        RefundRequested tooMuch = new RefundRequested(orderId, "rf_" + orderId + "_2", 2501, "goodwill");
        kafka.publish(Events.REFUND_REQUESTED, tooMuch, UUID.randomUUID().toString());
        assertEquals("exceeds_captured", kafka.await(Events.REFUND_FAILED,
                e -> e.refundId().equals(tooMuch.refundId()), WAIT).reason());

        RefundRequested rest = new RefundRequested(orderId, "rf_" + orderId + "_3", 2500, "goodwill");
        kafka.publish(Events.REFUND_REQUESTED, rest, UUID.randomUUID().toString());
        kafka.await(Events.REFUND_SUCCEEDED, e -> e.refundId().equals(rest.refundId()), WAIT);

        assertEquals(List.of(1500L, 1500L), kafka.eventsAfter(Duration.ofSeconds(1), Events.REFUND_SUCCEEDED,
                e -> e.refundId().equals(first.refundId())).stream().map(RefundSucceeded::amount).toList(),
                "asked twice, the refund's outcome is told twice");
        payment(orderId).body("status", equalTo("refunded")).body("captured", equalTo(4000))
                .body("refunded", equalTo(4000)).body("refunds.size()", equalTo(2));
        assertEquals(1, payment(orderId).extract().jsonPath().getList("[0].refunds.id").stream()
                .filter(first.refundId()::equals).count(), "a refund id refunds once");
    }

    @Test
    void refundTheIssuerRefusesIsReportedAndCanBeAskedAgain() {
        String orderId = capturedOrder("4000000000005126", 3000);
        RefundRequested request = new RefundRequested(orderId, "rf_" + orderId, 3000, "return");
        kafka.publish(Events.REFUND_REQUESTED, request, UUID.randomUUID().toString());

        RefundFailed failed = kafka.await(Events.REFUND_FAILED, e -> e.refundId().equals(request.refundId()), WAIT);
        assertEquals("provider_failed", failed.reason());
        payment(orderId).body("status", equalTo("captured")).body("refunded", equalTo(0))
                .body("refunds[0].status", equalTo("failed"));
    }

    @Test
    void refundBeforeTheMoneyIsTakenIsRefused() {
        String orderId = authorized("4242424242424242", 2000);
        RefundRequested request = new RefundRequested(orderId, "rf_" + orderId, 500, "changed mind");
        kafka.publish(Events.REFUND_REQUESTED, request, UUID.randomUUID().toString());
        assertEquals("not_captured", kafka.await(Events.REFUND_FAILED,
                e -> e.refundId().equals(request.refundId()), WAIT).reason());
    }

    @Test
    void agentPlatformEarnsItsCommissionOnCapturesAndGivesItBackOnRefunds() {
        OffsetDateTime from = OffsetDateTime.now().minusSeconds(1);
        String orderId = capturedOrder("4242424242424242", 10_000);
        RefundRequested refund = new RefundRequested(orderId, "rf_" + orderId, 4000, "return");
        kafka.publish(Events.REFUND_REQUESTED, refund, UUID.randomUUID().toString());
        kafka.await(Events.REFUND_SUCCEEDED, e -> e.refundId().equals(refund.refundId()), WAIT);

        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2("local-merchant-token")
                .queryParam("agent", "test-agent").queryParam("from", from.toString())
                .get("/platform-fees")
                .then().statusCode(200)
                .body("entries.findAll { it.order_id == '" + orderId + "' }.amount", equalTo(List.of(250, -100)))
                .body("entries.findAll { it.order_id == '" + orderId + "' }.kind",
                        equalTo(List.of("commission", "reversal"))));
        given().auth().oauth2("local-merchant-token").get("/platform-fees").then().statusCode(400)
                .body("param", equalTo("agent"));
    }

    @Test
    void databaseRefusesALedgerThatRefundsMoreThanItCaptured() {
        String orderId = capturedOrder("4242424242424242", 1200);
        assertThrows(PersistenceException.class, () -> QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update payment set refunded_amount = captured_amount + 1 where order_id = ?1")
                .setParameter(1, orderId).executeUpdate()));
        assertThrows(PersistenceException.class, () -> QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update payment set captured_amount = authorized_amount + 1 where order_id = ?1")
                .setParameter(1, orderId).executeUpdate()));
        payment(orderId).body("captured", equalTo(1200)).body("refunded", equalTo(0));
    }

    private String capturedOrder(String card, long total) {
        String orderId = authorized(card, total);
        kafka.publish(Events.SHIPMENT_SHIPPED, shipped(orderId, "shp_1"), UUID.randomUUID().toString());
        kafka.await(Events.PAYMENT_CAPTURED, e -> e.orderId().equals(orderId), WAIT);
        return orderId;
    }

    private String authorized(String card, long total) {
        String orderId = KafkaTestClient.newOrderId();
        String sessionId = "cs_" + orderId;
        String token = SandboxTokens.issue(card, total, sessionId);
        kafka.publish(Events.AUTHORIZE_PAYMENT, OrderEvents.authorize(orderId, sessionId, token, total),
                UUID.randomUUID().toString());
        kafka.await(Events.PAYMENT_AUTHORIZED, e -> e.orderId().equals(orderId), WAIT);
        return orderId;
    }

    private static ShipmentShipped shipped(String orderId, String shipmentId) {
        return new ShipmentShipped(orderId, shipmentId, "simulated", "TRK" + shipmentId, "https://track.example/x");
    }

    private static ValidatableResponse payment(String orderId) {
        return given().auth().oauth2("local-merchant-token").queryParam("order_id", orderId).get("/payments")
                .then().statusCode(200).rootPath("[0]");
    }
}
