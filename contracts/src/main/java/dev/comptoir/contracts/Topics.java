package dev.comptoir.contracts;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Kafka topics. Order events are keyed by order id so that one order's events stay in order; stock levels, on
 * {@link #INVENTORY}, by SKU. Each topic has one producer.
 */
public final class Topics {
    public static final String ORDERS = "orders.events";
    public static final String PAYMENTS = "payments.events";
    public static final String FULFILLMENT = "fulfillment.events";
    public static final String INVENTORY = "inventory.events";
    /**
     * Commands to payments that carry payment credentials (the delegated token, the 3-D Secure cryptogram): only
     * payments reads this topic, so that no other service ever receives them.
     */
    public static final String PAYMENT_COMMANDS = "payments.commands";

    /** Partitions of each event topic; the local broker creates topics with as many (num.partitions). */
    public static final int PARTITIONS = 3;
    /** Dead letters are rare and read by people: one partition keeps them in arrival order. */
    public static final int DEAD_LETTER_PARTITIONS = 1;
    /** Events are kept a week: a consumer down over a weekend catches up. */
    public static final Duration EVENT_RETENTION = Duration.ofDays(7);
    /**
     * Payment commands are kept a day: payments applies one within seconds, and a credential should not outlive its
     * use; a day still covers an outage of payments overnight (a token's allowance rarely lasts longer).
     */
    public static final Duration COMMAND_RETENTION = Duration.ofDays(1);

    /** Every topic, as deployments create it. */
    public static final List<TopicSpec> ALL = List.of(
            new TopicSpec(ORDERS, PARTITIONS, EVENT_RETENTION, Sources.ORDERS),
            new TopicSpec(PAYMENTS, PARTITIONS, EVENT_RETENTION, Sources.PAYMENTS),
            new TopicSpec(FULFILLMENT, PARTITIONS, EVENT_RETENTION, Sources.FULFILLMENT),
            new TopicSpec(INVENTORY, PARTITIONS, EVENT_RETENTION, Sources.FULFILLMENT),
            new TopicSpec(PAYMENT_COMMANDS, PARTITIONS, COMMAND_RETENTION, Sources.ORDERS));

    private Topics() {
    }

    public static Optional<TopicSpec> spec(String name) {
        return ALL.stream().filter(topic -> topic.name().equals(name)).findFirst();
    }

    /** Where a consumer parks a message that keeps failing: {@code <topic>.dlq.<service>}. */
    public static String deadLetter(String topic, String service) {
        return topic + ".dlq." + service;
    }
}
