package dev.comptoir.system;

import static dev.comptoir.system.Agent.merchant;
import static dev.comptoir.system.Agent.patiently;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.contracts.EventType;
import dev.comptoir.contracts.Events;
import dev.comptoir.contracts.KeyedEvent;
import dev.comptoir.contracts.Topics;
import dev.comptoir.contracts.payments.PaymentAuthorized;
import dev.comptoir.contracts.payments.PaymentCaptured;
import dev.comptoir.testing.KafkaTestClient;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Orders flow while each service in turn is killed (SIGKILL: no shutdown, no flush, no offset commit) and started
 * again, then the broker is restarted; afterwards, within a bound, every order has settled once: nothing lost, nothing
 * done twice. Payments capture at authorization here, so that the orders the merchant cancels are refunded.
 */
class ChaosSystemTest {
    private static final String SKU = "mug-black";
    private static final int STOCK = 1000;
    private static final int AGENTS = 2;
    /** How long a killed service stays down while the agents keep trying. */
    private static final Duration DOWNTIME = Duration.ofSeconds(3);
    /** Checkouts that must complete after each fault before the next one: the stack recovered. */
    private static final int CHECKOUTS_BETWEEN_FAULTS = 2;
    /** Every order settled, every webhook and e-mail sent, within this time after the last fault. */
    private static final Duration SETTLE = Duration.ofSeconds(90);
    /** The merchant cancels about one order in this many. */
    private static final int CANCEL_ONE_IN = 4;

    private Stack stack;

    @BeforeEach
    void startStack() {
        stack = Stack.start(Map.of("payments", Map.of("COMPTOIR_PAYMENTS_CAPTURE", "immediate")));
    }

    @AfterEach
    void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void ordersFlowingThroughAKillOfEachServiceAndABrokerRestartEachSettleOnceWithNothingLost() throws Exception {
        Agent shopper = new Agent(stack);
        String subscription = merchant()
                .body(Map.of("url", stack.webhooks().url("/merchant"), "events", List.of("*")))
                .post(stack.url("notifications") + "/webhooks/subscriptions").then().statusCode(201)
                .extract().path("id");
        shopper.setStock(SKU, STOCK);

        AtomicBoolean flowing = new AtomicBoolean(true);
        AtomicInteger completed = new AtomicInteger();
        Set<String> canceledByMerchant = ConcurrentHashMap.newKeySet();
        ExecutorService load = Executors.newFixedThreadPool(AGENTS + 1);
        List<String> sessions = new ArrayList<>();
        int faults = 0;
        Instant lastFault;
        try {
            List<Future<List<String>>> agents = new ArrayList<>();
            for (int i = 0; i < AGENTS; i++) {
                agents.add(load.submit(() -> {
                    List<String> placed = new ArrayList<>();
                    while (flowing.get()) {
                        placed.add(shopper.patientCheckout(SKU));
                        completed.incrementAndGet();
                    }
                    return placed;
                }));
            }
            Future<?> canceler = load.submit(() -> cancelSome(flowing, canceledByMerchant));

            awaitCheckouts(completed, CHECKOUTS_BETWEEN_FAULTS);
            for (String service : List.of("orders", "payments", "fulfillment", "notifications")) {
                stack.kill(service);
                Thread.sleep(DOWNTIME.toMillis());
                stack.restart(service);
                faults++;
                awaitCheckouts(completed, CHECKOUTS_BETWEEN_FAULTS);
            }
            stack.restartBroker();
            faults++;
            lastFault = Instant.now();
            awaitCheckouts(completed, CHECKOUTS_BETWEEN_FAULTS);
            flowing.set(false);
            for (Future<List<String>> agent : agents) {
                sessions.addAll(agent.get(Agent.PATIENCE.toSeconds(), TimeUnit.SECONDS));
            }
            canceler.get(Agent.PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } finally {
            flowing.set(false);
            load.shutdown();
        }

        Duration left = SETTLE.minus(Duration.between(lastFault, Instant.now()));
        assertTrue(!left.isNegative() && !left.isZero(),
                "the last checkouts took longer than " + SETTLE + " after the last fault");
        await().atMost(left).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertSettled(sessions, canceledByMerchant, subscription));
        Duration settled = Duration.between(lastFault, Instant.now());

        assertNothingTwice(sessions, canceledByMerchant, subscription, faults, settled);
    }

    /** The merchant cancels a confirmed order now and then, through its API, until the load stops. */
    private void cancelSome(AtomicBoolean flowing, Set<String> canceled) {
        while (flowing.get()) {
            List<String> cancelable = column("orders", "select id from orders where status = 'PROCESSING' "
                    + "order by created_at");
            int orders = count("orders", "select count(*) from orders");
            if (!cancelable.isEmpty() && (canceled.size() + 1) * CANCEL_ONE_IN <= orders) {
                String orderId = cancelable.get(cancelable.size() - 1);
                patiently(() -> merchant().post(stack.url("orders") + "/orders/" + orderId + "/cancel"));
                canceled.add(orderId);
            }
            pause(Duration.ofMillis(500));
        }
    }

    /** What must eventually be true: each order in a final state, its money, stock, webhooks and e-mails done. */
    private void assertSettled(List<String> sessions, Set<String> canceledByMerchant, String subscription) {
        Map<String, String> sessionStatus = pairs("orders",
                "select id, status from checkout_session where id in (" + quoted(sessions) + ")");
        assertTrue(sessionStatus.values().stream().allMatch("COMPLETED"::equals), "sessions: " + sessionStatus);
        Map<String, String> orderStatus = pairs("orders", "select id, status from orders");
        for (Map.Entry<String, String> order : orderStatus.entrySet()) {
            String expected = canceledByMerchant.contains(order.getKey()) ? "CANCELED" : "PROCESSING";
            assertEquals(expected, order.getValue().equals("CONFIRMED") ? "PROCESSING" : order.getValue(),
                    "order " + order.getKey());
        }

        Map<String, String> paymentStatus = pairs("payments", "select order_id, status from payment");
        for (String orderId : orderStatus.keySet()) {
            assertEquals(canceledByMerchant.contains(orderId) ? "REFUNDED" : "CAPTURED", paymentStatus.get(orderId),
                    "payment of " + orderId);
        }

        int live = orderStatus.size() - canceledByMerchant.size();
        assertEquals(List.of(STOCK + " " + live), column("fulfillment",
                "select on_hand || ' ' || reserved from stock_item where sku = '" + SKU + "'"), "on hand, reserved");

        assertEquals(List.of(), column("notifications", "select id || ' ' || status from webhook_delivery "
                + "where target_kind = 'MERCHANT' and status <> 'SUCCEEDED'"), "merchant webhooks not delivered");
        Map<String, Set<String>> events = grouped("notifications", "select order_id, event_type from webhook_delivery "
                + "where target_kind = 'MERCHANT' and target = '" + subscription + "'");
        Map<String, Set<String>> emails = grouped("notifications", "select order_id, kind from email_log "
                + "where status = 'SENT'");
        for (String orderId : orderStatus.keySet()) {
            boolean canceled = canceledByMerchant.contains(orderId);
            Set<String> expectedEvents = canceled ? Set.of("order.created", "order.confirmed", "order.canceled")
                    : Set.of("order.created", "order.confirmed");
            assertTrue(events.getOrDefault(orderId, Set.of()).containsAll(expectedEvents),
                    "webhooks of " + orderId + ": " + events.get(orderId));
            Set<String> expectedEmails = canceled ? Set.of("ORDER_CONFIRMATION", "ORDER_CANCELLATION")
                    : Set.of("ORDER_CONFIRMATION");
            assertTrue(emails.getOrDefault(orderId, Set.of()).containsAll(expectedEmails),
                    "e-mails sent for " + orderId + ": " + emails.get(orderId));
        }
        assertEquals(List.of(), column("notifications", "select id || ' ' || status from email_log "
                + "where status <> 'SENT'"), "e-mails not sent");
    }

    /** What must never happen, whatever the faults: a second order, payment, capture, refund, e-mail; a lost event. */
    private void assertNothingTwice(List<String> sessions, Set<String> canceledByMerchant, String subscription,
            int faults, Duration settled) throws Exception {
        assertEquals(List.of(), column("orders", "select checkout_session_id from orders "
                + "group by checkout_session_id having count(*) > 1"), "sessions with more than one order");
        List<String> orderIds = column("orders", "select id from orders");
        assertEquals(sessions.size(), orderIds.size(), "one order per completed session");

        Map<String, Integer> authorizations = new TreeMap<>();
        Map<String, Integer> captures = new TreeMap<>();
        try (KafkaTestClient kafka = new KafkaTestClient(stack.bootstrapServers(), Topics.PAYMENTS)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                authorizations.putAll(paymentIdsPerOrder(kafka, Events.PAYMENT_AUTHORIZED,
                        PaymentAuthorized::orderId, PaymentAuthorized::paymentId));
                captures.putAll(paymentIdsPerOrder(kafka, Events.PAYMENT_CAPTURED,
                        PaymentCaptured::orderId, PaymentCaptured::paymentId));
                return authorizations.keySet().containsAll(orderIds) && captures.keySet().containsAll(orderIds);
            });
        }
        for (String orderId : orderIds) {
            assertEquals(1, authorizations.getOrDefault(orderId, 0), "authorizations of " + orderId);
            assertEquals(1, captures.getOrDefault(orderId, 0), "captures of " + orderId);
        }
        assertEquals(List.of(), column("payments", "select order_id from payment where refunded_amount > "
                + "captured_amount or captured_amount > amount"), "payments refunded beyond what was taken");
        assertEquals(List.of(), column("payments", "select p.order_id from payment p join refund r "
                + "on r.order_id = p.order_id group by p.order_id, p.refunded_amount "
                + "having sum(r.amount) <> p.refunded_amount or count(*) > 1"), "orders refunded twice");
        int refunds = count("payments", "select count(*) from refund where status = 'SUCCEEDED'");
        assertEquals(canceledByMerchant.size(), refunds, "one refund per cancellation");
        assertEquals(canceledByMerchant.size(), count("payments",
                "select count(*) from payment where refunded_amount = captured_amount and refunded_amount > 0"),
                "each cancellation refunded all that was captured");

        int reserved = count("fulfillment", "select coalesce(sum(l.quantity), 0) from reservation_line l "
                + "join reservation r on r.order_id = l.order_id where r.status = 'RESERVED'");
        assertEquals(orderIds.size() - canceledByMerchant.size(), reserved, "reservations of the live orders");

        List<String> deliveredIds = column("notifications", "select event_id from webhook_delivery "
                + "where target_kind = 'MERCHANT' and target = '" + subscription + "'");
        List<String> receivedIds = stack.webhooks().received("/merchant").stream()
                .map(request -> request.header("webhook-id")).toList();
        assertTrue(Set.copyOf(receivedIds).containsAll(deliveredIds), "every merchant webhook event was received");

        assertEquals(List.of(), column("notifications", "select order_id || ' ' || kind from email_log "
                + "group by order_id, kind having count(*) > 1"), "e-mails logged twice");
        List<String> logged = column("notifications", "select id from email_log");
        Map<String, Long> copies = stack.emails().stream().collect(Collectors.groupingBy(ChaosSystemTest::messageId,
                TreeMap::new, Collectors.counting()));
        Set<String> expectedIds = logged.stream().map(id -> "<" + id + "@comptoir.example>")
                .collect(Collectors.toSet());
        assertEquals(expectedIds, copies.keySet(), "every logged e-mail received, and no other (Message-IDs)");
        long duplicates = copies.values().stream().mapToLong(n -> n - 1).sum();

        Map<String, Long> byStatus = pairs("orders", "select id, status from orders").values().stream()
                .collect(Collectors.groupingBy(status -> status.toLowerCase(Locale.ROOT), TreeMap::new,
                        Collectors.counting()));
        System.out.printf("Chaos: %d faults, settled %.1f s after the last; %d orders %s; %d authorizations, "
                        + "%d captures, %d refunds; %d merchant webhook events, %d received (%d distinct ids); "
                        + "%d e-mails logged, %d received, %d duplicates%n",
                faults, settled.toMillis() / 1000.0, orderIds.size(), byStatus,
                authorizations.values().stream().mapToInt(Integer::intValue).sum(),
                captures.values().stream().mapToInt(Integer::intValue).sum(), refunds, deliveredIds.size(),
                receivedIds.size(), Set.copyOf(receivedIds).size(), logged.size(), stack.emails().size(),
                duplicates);
    }

    /** How many payments each order's events of this type name: a redelivered event names the same payment. */
    private static <T extends KeyedEvent> Map<String, Integer> paymentIdsPerOrder(KafkaTestClient kafka,
            EventType<T> type, Function<T, String> orderId, Function<T, String> paymentId) {
        return kafka.eventsAfter(Duration.ofMillis(500), type, event -> true).stream()
                .collect(Collectors.groupingBy(orderId, Collectors.collectingAndThen(
                        Collectors.mapping(paymentId, Collectors.toSet()), Set::size)));
    }

    private void awaitCheckouts(AtomicInteger completed, int more) {
        int target = completed.get() + more;
        await().atMost(Agent.PATIENCE).until(() -> completed.get() >= target);
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String quoted(List<String> values) {
        return values.isEmpty() ? "''" : values.stream().map(v -> "'" + v + "'").collect(Collectors.joining(","));
    }

    private List<String> column(String service, String sql) {
        List<String> values = new ArrayList<>();
        query(service, sql, row -> values.add(row.getString(1)));
        return values;
    }

    private int count(String service, String sql) {
        return Integer.parseInt(column(service, sql).get(0));
    }

    private Map<String, String> pairs(String service, String sql) {
        Map<String, String> pairs = new TreeMap<>();
        query(service, sql, row -> pairs.put(row.getString(1), row.getString(2)));
        return pairs;
    }

    private Map<String, Set<String>> grouped(String service, String sql) {
        Map<String, Set<String>> groups = new TreeMap<>();
        query(service, sql, row -> groups.computeIfAbsent(row.getString(1), key -> new TreeSet<>())
                .add(row.getString(2)));
        return groups;
    }

    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private void query(String service, String sql, RowReader reader) {
        try (Connection connection = stack.database(service); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                reader.read(rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(service + ": " + sql, e);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
