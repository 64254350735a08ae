package dev.comptoir.orders.saga;

import static dev.comptoir.orders.AgentRequests.agent;
import static dev.comptoir.orders.AgentRequests.complete;
import static dev.comptoir.orders.AgentRequests.placeOrder;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.contracts.Events;
import dev.comptoir.contracts.FieldLimits;
import dev.comptoir.contracts.Topics;
import dev.comptoir.contracts.fulfillment.InventoryReserved;
import dev.comptoir.contracts.fulfillment.InventoryShortage;
import dev.comptoir.contracts.fulfillment.ReservedLine;
import dev.comptoir.contracts.orders.AuthorizePayment;
import dev.comptoir.contracts.orders.OrderCanceled;
import dev.comptoir.contracts.orders.OrderConfirmed;
import dev.comptoir.contracts.payments.PaymentAuthorized;
import dev.comptoir.contracts.payments.PaymentFailed;
import dev.comptoir.testing.AcpSchemas;
import dev.comptoir.testing.DatabaseRows;
import dev.comptoir.testing.KafkaBrokerResource;
import dev.comptoir.testing.KafkaTestClient;
import dev.comptoir.testing.PostgresDatabaseResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
class OrderPlacementIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String CRYPTOGRAM = "AbCdEfGhIjKlMnOpQrStUvWxY0=";

    KafkaTestClient kafka;

    @Inject
    PlacementDeadline deadline;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void connect() {
        kafka = KafkaTestClient.forApplication(Topics.ORDERS, Topics.PAYMENT_COMMANDS);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void authorizedAndReservedOrderIsConfirmedOnceEvenWhenEventsAreRedelivered() {
        String orderId = placeOrder("mug-black", 1, "vt_any");
        String paymentEvent = UUID.randomUUID().toString();
        kafka.publish(Events.PAYMENT_AUTHORIZED, new PaymentAuthorized(orderId, "pay_1", 2799, "usd"), paymentEvent);
        kafka.publish(Events.INVENTORY_RESERVED,
                new InventoryReserved(orderId, List.of(new ReservedLine("mug-black", 1))), UUID.randomUUID().toString());
        kafka.publish(Events.PAYMENT_AUTHORIZED, new PaymentAuthorized(orderId, "pay_1", 2799, "usd"), paymentEvent);

        OrderConfirmed confirmed = kafka.await(Events.ORDER_CONFIRMED, e -> e.orderId().equals(orderId), WAIT);
        assertEquals("ada@example.com", confirmed.customer().email());
        assertEquals(1, kafka.eventsAfter(Duration.ofSeconds(1), Events.ORDER_CONFIRMED,
                e -> e.orderId().equals(orderId)).size());
        agent().get("/orders/{id}", orderId).then().body("status", equalTo("confirmed"));
        String sessionId = agent().get("/orders/{id}", orderId).then().extract().path("checkout_session_id");
        String session = agent().get("/checkout_sessions/{id}", sessionId).then()
                .body("status", equalTo("completed")).body("order.id", equalTo(orderId)).extract().asString();
        AcpSchemas.assertValid("schema.agentic_checkout.json", "CheckoutSessionWithOrder", session);
    }

    @Test
    void declinedPaymentLeavesTheSessionPayableAndAnotherCompletePlacesANewOrder() {
        String orderId = placeOrder("tee-white-l", 1, "vt_declined");
        String sessionId = agent().get("/orders/{id}", orderId).then().extract().path("checkout_session_id");
        kafka.publish(Events.PAYMENT_FAILED, new PaymentFailed(orderId, "card_declined", "The card was declined."),
                UUID.randomUUID().toString());

        await().atMost(WAIT).untilAsserted(() -> agent().get("/checkout_sessions/{id}", sessionId).then()
                .body("status", equalTo("ready_for_payment"))
                .body("messages[0].code", equalTo("payment_declined"))
                .body("order", nullValue()));
        AcpSchemas.assertValid("schema.agentic_checkout.json", "CheckoutSession",
                agent().get("/checkout_sessions/{id}", sessionId).asString());

        String retried = agent().body(complete("vt_another_card"))
                .post("/checkout_sessions/{id}/complete", sessionId)
                .then().statusCode(200).body("status", equalTo("complete_in_progress"))
                .extract().path("order.id");
        assertNotEquals(orderId, retried);
    }

    @Test
    void cardAskingFor3dsMakesTheSessionWaitForTheAgentsAuthenticationResult() {
        String orderId = placeOrder("candle-fig", 1, "vt_3ds_card");
        String sessionId = agent().get("/orders/{id}", orderId).then().extract().path("checkout_session_id");
        kafka.publish(Events.PAYMENT_FAILED, new PaymentFailed(orderId, "requires_3ds", "3-D Secure required."),
                UUID.randomUUID().toString());

        await().atMost(WAIT).untilAsserted(() -> agent().get("/checkout_sessions/{id}", sessionId).then()
                .body("status", equalTo("authentication_required"))
                .body("authentication_metadata.directory_server", equalTo("visa"))
                .body("messages[0].code", equalTo("requires_3ds"))
                .body("messages[0].param", equalTo("$.authentication_result")));
        AcpSchemas.assertValid("schema.agentic_checkout.json", "CheckoutSession",
                agent().get("/checkout_sessions/{id}", sessionId).asString());

        agent().body(complete("vt_3ds_card")).post("/checkout_sessions/{id}/complete", sessionId)
                .then().statusCode(400).body("param", equalTo("$.authentication_result"));
        Map<String, Object> oversized = new HashMap<>(complete("vt_3ds_card"));
        oversized.put("authentication_result", Map.of("outcome", "authenticated", "outcome_details",
                Map.of("three_ds_cryptogram", "A".repeat(FieldLimits.THREE_DS_DETAIL + 1))));
        agent().body(oversized).post("/checkout_sessions/{id}/complete", sessionId).then().statusCode(400)
                .body("param", equalTo("$.authentication_result.outcome_details.three_ds_cryptogram"));

        String retried = agent().body(authenticated("vt_3ds_card")).post("/checkout_sessions/{id}/complete", sessionId)
                .then().statusCode(200).body("status", equalTo("complete_in_progress"))
                .extract().path("order.id");
        AuthorizePayment command = kafka.await(Events.AUTHORIZE_PAYMENT, e -> e.orderId().equals(retried), WAIT);
        assertEquals("authenticated", command.authentication().outcome());
        assertEquals(CRYPTOGRAM, command.authentication().cryptogram());
        assertEquals("vt_3ds_card", command.paymentToken());
        assertEquals(sessionId, command.checkoutSessionId());
        assertEquals(kafka.await(Events.ORDER_PLACED, e -> e.orderId().equals(retried), WAIT).total(),
                command.amount());
    }

    @Test
    void paymentCredentialsTravelToPaymentsAloneAndNoTableKeepsThem() {
        String token = "vt_3ds_kept_nowhere";
        String firstAttempt = placeOrder("candle-fig", 1, token);
        String sessionId = agent().get("/orders/{id}", firstAttempt).then().extract().path("checkout_session_id");
        kafka.publish(Events.PAYMENT_FAILED, new PaymentFailed(firstAttempt, "requires_3ds", "3-D Secure required."),
                UUID.randomUUID().toString());
        await().atMost(WAIT).untilAsserted(() -> agent().get("/checkout_sessions/{id}", sessionId).then()
                .body("status", equalTo("authentication_required")));
        String orderId = agent().body(authenticated(token)).post("/checkout_sessions/{id}/complete", sessionId)
                .then().statusCode(200).extract().path("order.id");

        assertEquals(token, kafka.await(Events.AUTHORIZE_PAYMENT, e -> e.orderId().equals(orderId), WAIT)
                .paymentToken(), "payments gets them on payments.commands");
        kafka.await(Events.ORDER_PLACED, e -> e.orderId().equals(orderId), WAIT);
        List<String> orderEvents = kafka.awaitRecords(Topics.ORDERS, 1, WAIT).stream()
                .map(ConsumerRecord::value).toList();
        assertTrue(orderEvents.stream().noneMatch(event -> event.contains(token) || event.contains(CRYPTOGRAM)),
                "orders.events, which every service reads, carries no payment credential");
        await().atMost(WAIT).untilAsserted(() -> {
            assertEquals(List.of(), DatabaseRows.tablesContaining(dataSource, CRYPTOGRAM));
            assertEquals(List.of(), DatabaseRows.tablesContaining(dataSource, token));
        });
    }

    @Test
    void paymentOutcomeFromAnyoneButPaymentsOnItsTopicChangesNothing() {
        String orderId = placeOrder("mug-black", 1, "vt_any");
        kafka.publish(Events.INVENTORY_RESERVED, new InventoryReserved(orderId,
                List.of(new ReservedLine("mug-black", 1))), UUID.randomUUID().toString());
        PaymentAuthorized authorized = new PaymentAuthorized(orderId, "pay_forged", 2799, "usd");
        try (KafkaTestClient forger = KafkaTestClient.forApplication(
                Topics.deadLetter(Topics.FULFILLMENT, "orders"), Topics.deadLetter(Topics.PAYMENTS, "orders"))) {
            forger.publishOn(Topics.FULFILLMENT, Events.PAYMENT_AUTHORIZED, authorized, UUID.randomUUID().toString());
            forger.publish(Events.PAYMENT_AUTHORIZED, authorized, UUID.randomUUID().toString(),
                    Map.of("ce_source", "/fulfillment"));

            assertEquals(1, forger.awaitRecords(Topics.deadLetter(Topics.FULFILLMENT, "orders"), 1, WAIT).stream()
                    .filter(record -> orderId.equals(record.key())).count(), "wrong topic: dead-lettered");
            assertEquals(1, forger.awaitRecords(Topics.deadLetter(Topics.PAYMENTS, "orders"), 1, WAIT).stream()
                    .filter(record -> orderId.equals(record.key())).count(), "wrong source: dead-lettered");
        }
        assertEquals(0, kafka.eventsAfter(Duration.ofSeconds(1), Events.ORDER_CONFIRMED,
                e -> e.orderId().equals(orderId)).size(), "no forged authorization confirms the order");
        agent().get("/orders/{id}", orderId).then().body("status", equalTo("created"));

        kafka.publish(Events.PAYMENT_AUTHORIZED, authorized, UUID.randomUUID().toString());
        kafka.await(Events.ORDER_CONFIRMED, e -> e.orderId().equals(orderId), WAIT);
    }

    private static Map<String, Object> authenticated(String token) {
        Map<String, Object> authenticated = new HashMap<>(complete(token));
        authenticated.put("authentication_result", Map.of("outcome", "authenticated", "outcome_details",
                Map.of("three_ds_cryptogram", CRYPTOGRAM, "electronic_commerce_indicator", "05",
                        "transaction_id", "ds_trans_1", "version", "2.2.0")));
        return authenticated;
    }

    @Test
    void orderStillWaitingAfterItsDeadlineIsCanceledAndTheSessionPayableAgain() {
        String orderId = placeOrder("tote-natural", 1, "vt_never_answered");
        String sessionId = agent().get("/orders/{id}", orderId).then().extract().path("checkout_session_id");
        kafka.publish(Events.INVENTORY_RESERVED,
                new InventoryReserved(orderId, List.of(new ReservedLine("tote-natural", 1))),
                UUID.randomUUID().toString());
        await().atMost(WAIT).untilAsserted(() -> agent().get("/orders/{id}/timeline", orderId).then()
                .body("step", hasItem("stock_reserved")));

        deadline.expirePlacedBefore(OffsetDateTime.now().plusSeconds(1));

        OrderCanceled canceled = kafka.await(Events.ORDER_CANCELED, e -> e.orderId().equals(orderId), WAIT);
        assertEquals("deadline_expired", canceled.reason());
        agent().get("/orders/{id}", orderId).then().body("status", equalTo("canceled"));
        agent().get("/checkout_sessions/{id}", sessionId).then().body("status", equalTo("ready_for_payment"));
        kafka.publish(Events.PAYMENT_AUTHORIZED, new PaymentAuthorized(orderId, "pay_late", 2200, "usd"),
                UUID.randomUUID().toString());
        assertEquals(0, kafka.eventsAfter(Duration.ofSeconds(1), Events.ORDER_CONFIRMED,
                e -> e.orderId().equals(orderId)).size(), "a late authorization confirms nothing");
    }

    @Test
    void declinedPaymentCancelsTheOrder() {
        String orderId = placeOrder("notebook-a5", 2, "vt_any");
        kafka.publish(Events.INVENTORY_RESERVED,
                new InventoryReserved(orderId, List.of(new ReservedLine("notebook-a5", 2))),
                UUID.randomUUID().toString());
        kafka.publish(Events.PAYMENT_FAILED, new PaymentFailed(orderId, "card_declined", "The card was declined."),
                UUID.randomUUID().toString());

        OrderCanceled canceled = kafka.await(Events.ORDER_CANCELED, e -> e.orderId().equals(orderId), WAIT);
        assertEquals("payment_failed", canceled.reason());
        assertEquals("card_declined", canceled.declineCode());
        await().atMost(WAIT).untilAsserted(() -> agent().get("/orders/{id}", orderId).then()
                .body("status", equalTo("canceled"))
                .body("line_items[0].quantity.current", equalTo(0)));
    }

    @Test
    void stockShortageCancelsTheOrderEvenAfterPaymentWasAuthorized() {
        String orderId = placeOrder("poster-night-sky", 1, "vt_any");
        kafka.publish(Events.PAYMENT_AUTHORIZED, new PaymentAuthorized(orderId, "pay_2", 4000, "usd"),
                UUID.randomUUID().toString());
        kafka.publish(Events.INVENTORY_SHORTAGE, new InventoryShortage(orderId, List.of("poster-night-sky")),
                UUID.randomUUID().toString());

        OrderCanceled canceled = kafka.await(Events.ORDER_CANCELED, e -> e.orderId().equals(orderId), WAIT);
        assertEquals("inventory_shortage", canceled.reason());
        String sessionId = agent().get("/orders/{id}", orderId).then().extract().path("checkout_session_id");
        await().atMost(WAIT).untilAsserted(() -> agent().get("/checkout_sessions/{id}", sessionId).then()
                .body("status", equalTo("not_ready_for_payment"))
                .body("messages.code", hasItem("out_of_stock"))
                .body("order", nullValue()));
    }
}
