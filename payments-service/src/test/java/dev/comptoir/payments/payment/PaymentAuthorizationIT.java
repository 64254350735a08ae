package dev.comptoir.payments.payment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.comptoir.contracts.Events;
import dev.comptoir.contracts.Topics;
import dev.comptoir.contracts.orders.AuthorizePayment;
import dev.comptoir.contracts.orders.OrderCanceled;
import dev.comptoir.contracts.orders.ThreeDsResult;
import dev.comptoir.contracts.payments.PaymentAuthorized;
import dev.comptoir.contracts.payments.PaymentFailed;
import dev.comptoir.payments.OrderEvents;
import dev.comptoir.payments.SandboxTokens;
import dev.comptoir.testing.DatabaseRows;
import dev.comptoir.testing.KafkaBrokerResource;
import dev.comptoir.testing.KafkaTestClient;
import dev.comptoir.testing.PostgresDatabaseResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
class PaymentAuthorizationIT {
    private static final Duration WAIT = Duration.ofSeconds(20);

    KafkaTestClient kafka;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void connect() {
        kafka = KafkaTestClient.forApplication(Topics.PAYMENTS, Topics.deadLetter(Topics.ORDERS, "payments"),
                Topics.deadLetter(Topics.PAYMENT_COMMANDS, "payments"));
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void orderPlacedWithValidTokenIsAuthorizedOnceEvenWhenRedelivered() {
        String orderId = KafkaTestClient.newOrderId();
        String sessionId = "cs_" + orderId;
        String token = SandboxTokens.issue("4242424242424242", 5000, sessionId);
        AuthorizePayment placed = OrderEvents.authorize(orderId, sessionId, token, 4200);

        String eventId = UUID.randomUUID().toString();
        kafka.publish(Events.AUTHORIZE_PAYMENT, placed, eventId);
        kafka.publish(Events.AUTHORIZE_PAYMENT, placed, eventId);
        kafka.publish(Events.AUTHORIZE_PAYMENT, placed, UUID.randomUUID().toString());

        PaymentAuthorized authorized = kafka.await(Events.PAYMENT_AUTHORIZED, e -> e.orderId().equals(orderId), WAIT);
        assertEquals(4200, authorized.amount());
        assertEquals("usd", authorized.currency());
        List<PaymentAuthorized> all = kafka.eventsAfter(Duration.ofSeconds(2), Events.PAYMENT_AUTHORIZED,
                e -> e.orderId().equals(orderId));
        assertEquals(1, all.size(), "one authorization per order");

        given().auth().oauth2("local-merchant-token").queryParam("order_id", orderId).get("/payments")
                .then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].status", equalTo("authorized"))
                .body("[0].amount", equalTo(4200));
    }

    @ParameterizedTest
    @CsvSource({"4000000000000002, card_declined", "4000000000009995, insufficient_funds",
        "4000000000009987, lost_card", "4000000000009979, stolen_card", "4000000000000069, expired_card"})
    void declinedTestCardFailsThePaymentWithStripesDeclineCode(String card, String declineCode) {
        String orderId = KafkaTestClient.newOrderId();
        String sessionId = "cs_" + orderId;
        String token = SandboxTokens.issue(card, 5000, sessionId);
        kafka.publish(Events.AUTHORIZE_PAYMENT, OrderEvents.authorize(orderId, sessionId, token, 1000),
                UUID.randomUUID().toString());

        PaymentFailed failed = kafka.await(Events.PAYMENT_FAILED, e -> e.orderId().equals(orderId), WAIT);
        assertEquals(declineCode, failed.code());
        given().auth().oauth2("local-merchant-token").queryParam("order_id", orderId).get("/payments")
                .then().statusCode(200).body("[0].status", equalTo("failed")).body("[0].authorized", equalTo(0));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("comptoir_payments_failed_total{decline_code=\"" + declineCode + "\"}"));
    }

    @Test
    void cardAskingFor3dsIsDeclinedUntilTheBuyerAuthenticatesWithTheSameToken() {
        String sessionId = "cs_" + KafkaTestClient.newOrderId();
        String token = SandboxTokens.issue("4000002500003155", 5000, sessionId);
        String firstAttempt = KafkaTestClient.newOrderId();
        kafka.publish(Events.AUTHORIZE_PAYMENT, OrderEvents.authorize(firstAttempt, sessionId, token, 1000),
                UUID.randomUUID().toString());
        assertEquals("requires_3ds",
                kafka.await(Events.PAYMENT_FAILED, e -> e.orderId().equals(firstAttempt), WAIT).code());

        String authenticatedAttempt = KafkaTestClient.newOrderId();
        ThreeDsResult passed = new ThreeDsResult("authenticated", "AbCdEfGhIjKlMnOpQrStUvWxY0=", "05", "ds_1",
                "2.2.0");
        kafka.publish(Events.AUTHORIZE_PAYMENT,
                OrderEvents.authorize(authenticatedAttempt, sessionId, token, 1000, passed),
                UUID.randomUUID().toString());
        assertEquals(1000, kafka.await(Events.PAYMENT_AUTHORIZED,
                e -> e.orderId().equals(authenticatedAttempt), WAIT).amount());
        assertEquals(List.of(), DatabaseRows.tablesContaining(dataSource, passed.cryptogram()),
                "the one-time cryptogram is not kept once it served its authorization");
    }

    @Test
    void orderCanceledBeforeItsAuthorizationArrivesIsVoidedWithoutHoldingAnything() {
        String orderId = KafkaTestClient.newOrderId();
        String sessionId = "cs_" + orderId;
        String token = SandboxTokens.issue("4242424242424242", 5000, sessionId);
        kafka.publish(Events.ORDER_CANCELED, new OrderCanceled(orderId, "deadline_expired", OrderEvents.ADA, null),
                UUID.randomUUID().toString());
        await().atMost(WAIT).until(() -> DatabaseRows.tablesContaining(dataSource, orderId).contains("order_start"));

        kafka.publish(Events.AUTHORIZE_PAYMENT, OrderEvents.authorize(orderId, sessionId, token, 2500),
                UUID.randomUUID().toString());

        kafka.await(Events.PAYMENT_VOIDED, e -> e.orderId().equals(orderId), WAIT);
        assertEquals(List.of(), kafka.eventsAfter(Duration.ZERO, Events.PAYMENT_AUTHORIZED,
                e -> e.orderId().equals(orderId)), "no money is held for a canceled order");
        given().auth().oauth2("local-merchant-token").queryParam("order_id", orderId).get("/payments")
                .then().statusCode(200).body("", hasSize(1))
                .body("[0].status", equalTo("voided")).body("[0].authorized", equalTo(0));

        // The token was not spent on the canceled order: the buyer's next attempt pays with it.
        String retry = KafkaTestClient.newOrderId();
        kafka.publish(Events.AUTHORIZE_PAYMENT, OrderEvents.authorize(retry, sessionId, token, 2500),
                UUID.randomUUID().toString());
        kafka.await(Events.PAYMENT_AUTHORIZED, e -> e.orderId().equals(retry), WAIT);
    }

    @Test
    void paymentCommandOnATopicOtherThanPaymentsCommandsIsRefused() {
        String orderId = KafkaTestClient.newOrderId();
        String sessionId = "cs_" + orderId;
        String token = SandboxTokens.issue("4242424242424242", 5000, sessionId);
        kafka.publishOn(Topics.ORDERS, Events.AUTHORIZE_PAYMENT, OrderEvents.authorize(orderId, sessionId, token, 1000),
                UUID.randomUUID().toString());

        assertEquals(1, kafka.awaitRecords(Topics.deadLetter(Topics.ORDERS, "payments"), 1, WAIT).stream()
                .filter(record -> orderId.equals(record.key())).count());
        given().auth().oauth2("local-merchant-token").queryParam("order_id", orderId).get("/payments")
                .then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void canceledOrderVoidsItsAuthorization() {
        String orderId = KafkaTestClient.newOrderId();
        String sessionId = "cs_" + orderId;
        String token = SandboxTokens.issue("4242424242424242", 5000, sessionId);
        kafka.publish(Events.AUTHORIZE_PAYMENT, OrderEvents.authorize(orderId, sessionId, token, 2500),
                UUID.randomUUID().toString());
        kafka.await(Events.PAYMENT_AUTHORIZED, e -> e.orderId().equals(orderId), WAIT);
        kafka.publish(Events.ORDER_CANCELED, new OrderCanceled(orderId, "inventory_shortage", OrderEvents.ADA, null),
                UUID.randomUUID().toString());

        kafka.await(Events.PAYMENT_VOIDED, e -> e.orderId().equals(orderId), WAIT);
        given().auth().oauth2("local-merchant-token").queryParam("order_id", orderId).get("/payments")
                .then().statusCode(200).body("[0].status", equalTo("voided"));
    }

    @Test
    void commandThatCannotBeReadGoesToTheDeadLetterTopicAndIsCounted() {
        String orderId = KafkaTestClient.newOrderId();
        kafka.publishRaw(Topics.PAYMENT_COMMANDS, orderId, Events.AUTHORIZE_PAYMENT.type(),
                UUID.randomUUID().toString(), "{not json");

        List<ConsumerRecord<String, String>> parked = kafka.awaitRecords(
                Topics.deadLetter(Topics.PAYMENT_COMMANDS, "payments"), 1, WAIT);
        assertEquals(1, parked.size());
        assertEquals(orderId, parked.get(0).key());
        given().get("/q/metrics").then().statusCode(200).body(containsString(
                "comptoir_events_dead_lettered_total{consumer=\"payments.payment-commands\","
                        + "topic=\"payments.commands\"}"));
    }
}
