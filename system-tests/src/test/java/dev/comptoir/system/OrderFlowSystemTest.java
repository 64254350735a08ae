package dev.comptoir.system;

import static dev.comptoir.system.Agent.APPROVED_CARD;
import static dev.comptoir.system.Agent.DECLINED_CARD;
import static dev.comptoir.system.Agent.agent;
import static dev.comptoir.system.Agent.merchant;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.comptoir.contracts.Events;
import dev.comptoir.contracts.FieldLimits;
import dev.comptoir.contracts.TopicSpec;
import dev.comptoir.contracts.Topics;
import dev.comptoir.testing.AcpSchemas;
import dev.comptoir.testing.AtTheLimits;
import dev.comptoir.testing.HttpRecorder;
import dev.comptoir.testing.KafkaTestClient;
import dev.comptoir.testing.WebhookSignatures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** An outside client places orders through the public surfaces only, against the four services as processes. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OrderFlowSystemTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration SAGA_TIMEOUT = Duration.ofSeconds(60);
    /** Paid and in stock: fulfillment prepares the shipment right away, so the order may already be processing. */
    private static final Matcher<Object> CONFIRMED = Matchers.oneOf("confirmed", "processing");

    static Stack stack;
    static Agent shopper;

    @BeforeAll
    static void startStack() {
        stack = Stack.start();
        shopper = new Agent(stack);
        shopper.setStock("mug-black", 50);
        shopper.setStock("poster-night-sky", 10);
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void agentOrderIsConfirmedAndTheCustomerGetsOneConfirmationEmail() {
        String orderId = shopper.checkout("mug-black", 2, APPROVED_CARD);

        await().atMost(SAGA_TIMEOUT).untilAsserted(() -> order(orderId).body("status", CONFIRMED));
        await().atMost(SAGA_TIMEOUT).untilAsserted(() -> emails(orderId).body("", hasSize(1))
                .body("[0].kind", equalTo("order_confirmation"))
                .body("[0].to", equalTo("ada@example.com"))
                .body("[0].status", equalTo("sent")));
        assertTrue(stack.emailsTo("ada@example.com").stream().anyMatch(message -> subject(message).contains(orderId)),
                "the mail server received the confirmation of " + orderId);
        payments(orderId).body("", hasSize(1)).body("[0].status", equalTo("authorized"));
        stock("mug-black").body("reserved", equalTo(2));
    }

    @Test
    @Order(2)
    void declinedCardLeavesTheSessionPayableAndReleasesTheStockThenAnotherCardCompletesIt() {
        String sessionId = shopper.openSession("poster-night-sky", 3);

        shopper.complete(sessionId, DECLINED_CARD).body("status", equalTo("ready_for_payment"))
                .body("messages[0].code", equalTo("payment_declined"));
        await().atMost(SAGA_TIMEOUT).untilAsserted(() -> stock("poster-night-sky")
                .body("reserved", equalTo(0)).body("on_hand", equalTo(10)));

        String orderId = shopper.complete(sessionId, APPROVED_CARD).body("status", equalTo("completed"))
                .extract().path("order.id");
        await().atMost(SAGA_TIMEOUT).untilAsserted(() -> order(orderId).body("status", CONFIRMED));
        stock("poster-night-sky").body("reserved", equalTo(3));
        await().atMost(SAGA_TIMEOUT).untilAsserted(() -> emails(orderId).body("", hasSize(1))
                .body("[0].kind", equalTo("order_confirmation")));
    }

    @Test
    @Order(3)
    void orderInFlightWhenPaymentsIsKilledEndsConfirmedWithOneAuthorizationAndOneEmail() throws Exception {
        String sessionId = shopper.openSession("mug-black", 1);
        String token = shopper.delegatedToken(sessionId, APPROVED_CARD);
        stack.kill("payments");
        String orderId = shopper.completeWith(sessionId, token).body("status", equalTo("complete_in_progress"))
                .extract().path("order.id");
        stack.restart("payments");

        await().atMost(SAGA_TIMEOUT).untilAsserted(() -> order(orderId).body("status", CONFIRMED));
        agent().get(stack.url("orders") + "/checkout_sessions/" + sessionId).then()
                .body("status", equalTo("completed")).body("order.id", equalTo(orderId));
        await().atMost(SAGA_TIMEOUT).untilAsserted(() -> emails(orderId).body("", hasSize(1)));
        payments(orderId).body("", hasSize(1)).body("[0].status", equalTo("authorized"));
        try (KafkaTestClient kafka = new KafkaTestClient(stack.bootstrapServers(), Topics.PAYMENTS, Topics.ORDERS)) {
            assertEquals(1, kafka.eventsAfter(Duration.ofSeconds(3), Events.PAYMENT_AUTHORIZED,
                    e -> e.orderId().equals(orderId)).size(), "one authorization");
            assertEquals(1, kafka.eventsAfter(Duration.ZERO, Events.ORDER_CONFIRMED,
                    e -> e.orderId().equals(orderId)).size(), "one confirmation");
        }
    }

    @Test
    @Order(4)
    void everyServiceOffersTheOperatorSurfacesOnItsManagementPortOnly() {
        for (String service : List.of("orders", "payments", "fulfillment", "notifications")) {
            String management = stack.managementUrl(service);
            given().get(management + "/q/health/live").then().statusCode(200);
            given().get(management + "/q/health/ready").then().statusCode(200);
            given().get(management + "/q/metrics").then().statusCode(200)
                    .body(containsString("http_server_requests_seconds"));
            given().get(management + "/q/openapi").then().statusCode(200)
                    .body(containsString("openapi"));
            for (String path : List.of("/q/health/ready", "/q/metrics", "/q/openapi")) {
                given().get(stack.url(service) + path).then().statusCode(404);
            }
        }
    }

    @Test
    @Order(5)
    void orderShippedDeliveredAndPartlyReturnedIsCapturedThenRefundedForWhatCameBack() {
        shopper.setStock("tote-natural", 20);
        String orderId = shopper.checkout("tote-natural", 2, APPROVED_CARD);
        await().atMost(SAGA_TIMEOUT).untilAsserted(() -> order(orderId).body("status", equalTo("processing")));
        String shipmentId = shipments(orderId).extract().path("[0].id");

        merchant().post(stack.url("fulfillment") + "/shipments/" + shipmentId + "/ship").then().statusCode(200);
        await().atMost(SAGA_TIMEOUT).untilAsserted(() -> order(orderId).body("status", equalTo("shipped"))
                .body("fulfillments[0].tracking_number", Matchers.startsWith("SIM")));
        int total = order(orderId).extract().path("totals.find { it.type == 'total' }.amount");
        await().atMost(SAGA_TIMEOUT).untilAsserted(() -> payments(orderId).body("[0].captured", equalTo(total)));
        stock("tote-natural").body("on_hand", equalTo(18)).body("reserved", equalTo(0));

        merchant().post(stack.url("fulfillment") + "/shipments/" + shipmentId + "/deliver").then().statusCode(200);
        await().atMost(SAGA_TIMEOUT).untilAsserted(() -> order(orderId).body("status", equalTo("completed"))
                .body("line_items[0].quantity.fulfilled", equalTo(2)));

        String returnId = agent().body(Map.of("line_items", List.of(Map.of("id", "li_1", "quantity", 1)),
                        "reason", "one is enough"))
                .post(stack.url("orders") + "/orders/" + orderId + "/returns")
                .then().statusCode(201).extract().path("id");
        await().atMost(SAGA_TIMEOUT).untilAsserted(() -> orderReturn(orderId, returnId)
                .body("status", equalTo("authorized")));
        merchant().body(Map.of("line_items", List.of(Map.of("id", "li_1", "quantity", 1, "condition", "resellable"))))
                .post(stack.url("fulfillment") + "/returns/" + returnId + "/receive").then().statusCode(200);

        await().atMost(SAGA_TIMEOUT).untilAsserted(() -> orderReturn(orderId, returnId)
                .body("status", equalTo("refunded")));
        int lineTotal = order(orderId).extract().path("line_items[0].subtotal");
        int refund = Math.round(lineTotal / 2.0f);
        payments(orderId).body("[0].captured", equalTo(total)).body("[0].refunded", equalTo(refund));
        order(orderId).body("adjustments.find { it.type == 'refund' }.amount", equalTo(refund));
        stock("tote-natural").body("on_hand", equalTo(19));
    }

    @Test
    @Order(6)
    void orderCanceledBeforeShipmentReleasesTheStockAndVoidsThePayment() {
        shopper.setStock("candle-fig", 5);
        String orderId = shopper.checkout("candle-fig", 2, APPROVED_CARD);
        await().atMost(SAGA_TIMEOUT).untilAsserted(() -> order(orderId).body("status", equalTo("processing")));

        agent().post(stack.url("orders") + "/orders/" + orderId + "/cancel").then().statusCode(200)
                .body("status", equalTo("canceled"));
        await().atMost(SAGA_TIMEOUT).untilAsserted(() -> payments(orderId).body("[0].status", equalTo("voided")));
        await().atMost(SAGA_TIMEOUT).untilAsserted(() -> stock("candle-fig").body("reserved", equalTo(0))
                .body("on_hand", equalTo(5)));
        await().atMost(SAGA_TIMEOUT).untilAsserted(() -> shipments(orderId).body("[0].status", equalTo("canceled")));
    }

    @Test
    @Order(7)
    void itemTheWarehouseDoesNotHaveCancelsTheOrderAndVoidsThePayment() {
        String sku = "lamp-" + UUID.randomUUID().toString().substring(0, 8);
        merchant().body(Map.of("product_id", sku, "product_title", "Desk Lamp", "title", "Desk Lamp",
                        "prices", Map.of("usd", 4900), "weight_grams", 900))
                .put(stack.url("orders") + "/admin/products/" + sku).then().statusCode(200);
        String sessionId = shopper.openSession(sku, 1);

        shopper.complete(sessionId, APPROVED_CARD);
        await().atMost(SAGA_TIMEOUT).untilAsserted(() -> agent()
                .get(stack.url("orders") + "/checkout_sessions/" + sessionId).then()
                .body("status", equalTo("not_ready_for_payment"))
                .body("messages.code", Matchers.hasItem("out_of_stock")));
        try (KafkaTestClient kafka = new KafkaTestClient(stack.bootstrapServers(), Topics.ORDERS)) {
            String orderId = kafka.await(Events.ORDER_PLACED, e -> e.checkoutSessionId().equals(sessionId),
                    SAGA_TIMEOUT).orderId();
            assertEquals("inventory_shortage", kafka.await(Events.ORDER_CANCELED,
                    e -> e.orderId().equals(orderId), SAGA_TIMEOUT).reason());
            order(orderId).body("status", equalTo("canceled"));
            await().atMost(SAGA_TIMEOUT).untilAsserted(() -> payments(orderId).body("[0].status", equalTo("voided")));
        }
    }

    @Test
    @Order(8)
    void orderTheWarehouseNeverAnswersIsCanceledAtItsDeadlineAndEverythingIsGivenBack() throws Exception {
        shopper.setStock("notebook-a5", 6);
        stack.restartWith("orders", Map.of("COMPTOIR_ORDERS_PLACEMENT_DEADLINE", "PT6S",
                "COMPTOIR_ORDERS_DEADLINE_CHECK_INTERVAL", "1s"));
        stack.kill("fulfillment");
        try (KafkaTestClient kafka = new KafkaTestClient(stack.bootstrapServers(), Topics.ORDERS)) {
            String sessionId = shopper.openSession("notebook-a5", 2);
            shopper.complete(sessionId, APPROVED_CARD);
            String orderId = kafka.await(Events.ORDER_PLACED, e -> e.checkoutSessionId().equals(sessionId),
                    SAGA_TIMEOUT).orderId();

            assertEquals("deadline_expired", kafka.await(Events.ORDER_CANCELED, e -> e.orderId().equals(orderId),
                    SAGA_TIMEOUT).reason());
            order(orderId).body("status", equalTo("canceled"));
            agent().get(stack.url("orders") + "/orders/" + orderId + "/timeline").then().statusCode(200)
                    .body("find { it.step == 'status_canceled' }.detail", Matchers.containsString("stock pending"));
            await().atMost(SAGA_TIMEOUT).untilAsserted(() -> payments(orderId).body("[0].status", equalTo("voided")));
            agent().get(stack.url("orders") + "/checkout_sessions/" + sessionId).then()
                    .body("status", equalTo("ready_for_payment"));

            stack.restart("fulfillment");
            await().atMost(SAGA_TIMEOUT).untilAsserted(() -> stock("notebook-a5").body("reserved", equalTo(0))
                    .body("on_hand", equalTo(6)));
            shipments(orderId).body("", Matchers.empty());
        } finally {
            stack.restartWith("orders", Map.of());
        }
    }

    @Test
    @Order(9)
    void theMerchantAndTheAgentPlatformHearEveryChangeOfTheOrderSignedAndInOrder() throws Exception {
        String secret = merchant().body(Map.of("url", stack.webhooks().url("/merchant"), "events", List.of("*")))
                .post(stack.url("notifications") + "/webhooks/subscriptions").then().statusCode(201)
                .extract().path("secret");
        shopper.setStock("socks-wool", 10);
        String orderId = shopper.checkout("socks-wool", 1, APPROVED_CARD);
        await().atMost(SAGA_TIMEOUT).untilAsserted(() -> order(orderId).body("status", equalTo("processing")));
        String shipmentId = shipments(orderId).extract().path("[0].id");
        merchant().post(stack.url("fulfillment") + "/shipments/" + shipmentId + "/ship").then().statusCode(200);
        merchant().post(stack.url("fulfillment") + "/shipments/" + shipmentId + "/deliver").then().statusCode(200);
        await().atMost(SAGA_TIMEOUT).untilAsserted(() -> order(orderId).body("status", equalTo("completed")));

        await().atMost(SAGA_TIMEOUT).until(() -> webhooksAbout(orderId, "/merchant", "/data/order/id").stream()
                .anyMatch(event -> event.get("type").asText().equals("order.completed")));
        for (HttpRecorder.Received request : stack.webhooks().received("/merchant")) {
            assertTrue(WebhookSignatures.standardWebhookValid(secret, request.header("webhook-id"),
                    request.header("webhook-timestamp"), request.body(), request.header("webhook-signature")),
                    "signed per Standard Webhooks: " + request.body());
        }
        assertTrue(webhooksAbout(orderId, "/merchant", "/data/order/id").stream()
                .map(event -> event.get("type").asText()).toList().containsAll(List.of("order.created",
                        "order.confirmed", "order.shipped", "order.delivered", "order.completed")));

        await().atMost(SAGA_TIMEOUT).until(() -> webhooksAbout(orderId, "/acp", "/data/id").stream()
                .anyMatch(event -> event.at("/data/status").asText().equals("completed")));
        List<JsonNode> acp = webhooksAbout(orderId, "/acp", "/data/id");
        assertEquals("order_create", acp.get(0).get("type").asText());
        assertTrue(acp.stream().skip(1).allMatch(event -> event.get("type").asText().equals("order_update")));
        List<String> lifecycle = List.of("created", "confirmed", "processing", "shipped", "completed");
        List<Integer> steps = acp.stream().map(event -> lifecycle.indexOf(event.at("/data/status").asText())).toList();
        assertEquals(steps.stream().sorted().toList(), steps, "an older state never arrives after a newer one");
        for (JsonNode event : acp) {
            AcpSchemas.assertValid("schema.agentic_checkout.json", "Order", event.get("data").toString());
        }
        for (HttpRecorder.Received request : stack.webhooks().received("/acp")) {
            assertTrue(WebhookSignatures.merchantSignatureValid(Stack.ACP_WEBHOOK_SECRET, request.body(),
                    request.header("Merchant-Signature")), "Merchant-Signature: " + request.body());
        }
    }

    /** Was: a name of 200 + 200 characters sent OrderPlaced to orders.events.dlq.notifications and no e-mail left. */
    @Test
    @Order(10)
    void anOrderWithEveryFieldAtItsLimitIsConfirmedMailedReturnedAndDeliveredToWebhooksWithNothingDeadLettered()
            throws Exception {
        String sku = AtTheLimits.sku("limits-" + UUID.randomUUID().toString().substring(0, 8) + "-");
        merchant().body(AtTheLimits.product(sku, 1000)).put(stack.url("orders") + "/admin/products/" + sku)
                .then().statusCode(200);
        shopper.setStock(sku, FieldLimits.MAX_QUANTITY);
        merchant().body(Map.of("url", stack.webhooks().url("/limits"), "events", List.of("*"),
                        "description", AtTheLimits.text("Every event", 500)))
                .post(stack.url("notifications") + "/webhooks/subscriptions").then().statusCode(201);
        String email = AtTheLimits.email("limits");
        String sessionId = agent().body(AtTheLimits.checkoutSession(sku, email))
                .post(stack.url("orders") + "/checkout_sessions").then().statusCode(201)
                .body("status", equalTo("ready_for_payment")).extract().path("id");
        String token = shopper.delegatedToken(sessionId, APPROVED_CARD);
        String orderId = agent().body(Map.of("buyer", AtTheLimits.buyer(email), "payment_data",
                        Map.of("handler_id", "card_tokenized", "instrument", Map.of("type", "card",
                                "credential", Map.of("type", "spt", "token", token)))))
                .post(stack.url("orders") + "/checkout_sessions/" + sessionId + "/complete").then().statusCode(200)
                .body("status", Matchers.oneOf("completed", "complete_in_progress")).extract().path("order.id");

        await().atMost(SAGA_TIMEOUT).untilAsserted(() -> order(orderId).body("status", equalTo("processing")));
        await().atMost(SAGA_TIMEOUT).untilAsserted(() -> emails(orderId).body("", hasSize(1))
                .body("[0].to", equalTo(email)).body("[0].status", equalTo("sent")));
        assertTrue(stack.emailsTo(email).stream().anyMatch(message -> subject(message).contains(orderId)),
                "the mail server received the confirmation of " + orderId);
        String shipmentId = shipments(orderId).body("[0].lines[0].name", Matchers.hasLength(FieldLimits.TITLE))
                .extract().path("[0].id");
        merchant().post(stack.url("fulfillment") + "/shipments/" + shipmentId + "/ship").then().statusCode(200);
        merchant().post(stack.url("fulfillment") + "/shipments/" + shipmentId + "/deliver").then().statusCode(200);
        await().atMost(SAGA_TIMEOUT).untilAsserted(() -> order(orderId).body("status", equalTo("completed")));
        String returnId = agent().body(Map.of("line_items", List.of(Map.of("id", "li_1", "quantity", 1)),
                        "reason", AtTheLimits.text("It does not fit", FieldLimits.REASON)))
                .post(stack.url("orders") + "/orders/" + orderId + "/returns").then().statusCode(201)
                .extract().path("id");
        await().atMost(SAGA_TIMEOUT).untilAsserted(() -> orderReturn(orderId, returnId)
                .body("status", equalTo("authorized")));

        await().atMost(SAGA_TIMEOUT).until(() -> webhooksAbout(orderId, "/limits", "/data/order/id").stream()
                .anyMatch(event -> event.get("type").asText().equals("order.completed")));
        await().atMost(SAGA_TIMEOUT).until(() -> webhooksAbout(orderId, "/acp", "/data/id").stream()
                .anyMatch(event -> event.at("/data/status").asText().equals("completed")));
        List<String> deadLetters = new ArrayList<>();
        for (TopicSpec topic : Topics.ALL) {
            for (String service : List.of("orders", "payments", "fulfillment", "notifications")) {
                deadLetters.add(Topics.deadLetter(topic.name(), service));
            }
        }
        try (KafkaTestClient kafka = new KafkaTestClient(stack.bootstrapServers(),
                deadLetters.toArray(String[]::new))) {
            assertEquals(List.of(), kafka.recordsAfter(Duration.ofSeconds(5)).stream()
                    .filter(record -> orderId.equals(record.key()) || record.value().contains(orderId))
                    .map(record -> record.topic() + ": " + KafkaTestClient.header(record, "dead-letter-reason"))
                    .toList(), "dead-lettered records of " + orderId);
        }
    }

    /** The webhooks received on {@code path} whose JSON has {@code orderId} at {@code idPointer}, as received. */
    private static List<JsonNode> webhooksAbout(String orderId, String path, String idPointer) throws Exception {
        List<JsonNode> events = new ArrayList<>();
        for (HttpRecorder.Received request : stack.webhooks().received(path)) {
            JsonNode event = JSON.readTree(request.body());
            if (orderId.equals(event.at(idPointer).asText())) {
                events.add(event);
            }
        }
        return events;
    }

    private static String subject(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @Order(11)
    void aRollingRestartOfEveryServiceWhileOrdersFlowLosesNothingAndDoesNothingTwice() throws Exception {
        String sku = "kettle-" + UUID.randomUUID().toString().substring(0, 8);
        merchant().body(Map.of("product_id", sku, "product_title", "Kettle", "title", "Kettle",
                        "prices", Map.of("usd", 3900), "weight_grams", 1200))
                .put(stack.url("orders") + "/admin/products/" + sku).then().statusCode(200);
        shopper.setStock(sku, 500);
        AtomicBoolean restarting = new AtomicBoolean(true);
        ExecutorService agents = Executors.newFixedThreadPool(2);
        List<Future<List<String>>> placed = new ArrayList<>();
        for (int agent = 0; agent < 2; agent++) {
            placed.add(agents.submit(() -> {
                List<String> sessions = new ArrayList<>();
                while (restarting.get() || sessions.size() < 4) {
                    sessions.add(shopper.patientCheckout(sku));
                }
                return sessions;
            }));
        }
        for (String service : List.of("orders", "payments", "fulfillment", "notifications")) {
            stack.restartWith(service, Map.of());
        }
        restarting.set(false);
        List<String> sessions = new ArrayList<>();
        for (Future<List<String>> agent : placed) {
            sessions.addAll(agent.get(5, TimeUnit.MINUTES));
        }
        agents.shutdown();

        try (KafkaTestClient kafka = new KafkaTestClient(stack.bootstrapServers(), Topics.ORDERS, Topics.PAYMENTS)) {
            for (String sessionId : sessions) {
                await().atMost(Agent.PATIENCE).untilAsserted(() -> agent()
                        .get(stack.url("orders") + "/checkout_sessions/" + sessionId).then()
                        .body("status", equalTo("completed")));
                String orderId = kafka.await(Events.ORDER_PLACED, e -> e.checkoutSessionId().equals(sessionId),
                        SAGA_TIMEOUT).orderId();
                await().atMost(Agent.PATIENCE).untilAsserted(() -> order(orderId).body("status", CONFIRMED));
                await().atMost(Agent.PATIENCE).untilAsserted(() -> emails(orderId).body("", hasSize(1)));
                payments(orderId).body("", hasSize(1)).body("[0].status", equalTo("authorized"));
            }
            for (String sessionId : sessions) {
                assertEquals(1, kafka.eventsAfter(Duration.ZERO, Events.ORDER_PLACED,
                        e -> e.checkoutSessionId().equals(sessionId)).size(), "one order per session");
            }
            List<String> orderIds = kafka.eventsAfter(Duration.ofSeconds(2), Events.ORDER_PLACED,
                    e -> sessions.contains(e.checkoutSessionId())).stream().map(e -> e.orderId()).toList();
            for (String orderId : orderIds) {
                assertEquals(1, kafka.eventsAfter(Duration.ZERO, Events.PAYMENT_AUTHORIZED,
                        e -> e.orderId().equals(orderId)).size(), "one authorization per order");
            }
        }
        await().atMost(Agent.PATIENCE).untilAsserted(() -> stock(sku).body("reserved", equalTo(sessions.size()))
                .body("on_hand", equalTo(500)));
    }

    private static io.restassured.response.ValidatableResponse order(String orderId) {
        return agent().get(stack.url("orders") + "/orders/" + orderId).then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse payments(String orderId) {
        return merchant().queryParam("order_id", orderId).get(stack.url("payments") + "/payments")
                .then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse emails(String orderId) {
        return merchant().queryParam("order_id", orderId).get(stack.url("notifications") + "/emails")
                .then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse shipments(String orderId) {
        return merchant().queryParam("order_id", orderId).get(stack.url("fulfillment") + "/shipments")
                .then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse orderReturn(String orderId, String returnId) {
        return agent().get(stack.url("orders") + "/orders/" + orderId + "/returns/" + returnId).then()
                .statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse stock(String sku) {
        return merchant().get(stack.url("fulfillment") + "/stock/" + sku).then().statusCode(200);
    }
}
