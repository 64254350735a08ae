package dev.comptoir.contracts;

import java.util.List;

/**
 * Kafka topics. Order events are keyed by order id so that one order's events stay in order; stock levels, on
 * {@link #INVENTORY}, by SKU.
 */
public final class Topics {
    public static final String ORDERS = "orders.events";
    public static final String PAYMENTS = "payments.events";
    public static final String FULFILLMENT = "fulfillment.events";
    public static final String INVENTORY = "inventory.events";

    /** Partitions of each event topic; the local broker creates topics with as many (num.partitions). */
    public static final int PARTITIONS = 3;
    /** Dead letters are rare and read by people: one partition keeps them in arrival order. */
    public static final int DEAD_LETTER_PARTITIONS = 1;

    /** Every event topic, as deployments create it. */
    public static final List<TopicSpec> ALL = List.of(
            new TopicSpec(ORDERS, PARTITIONS),
            new TopicSpec(PAYMENTS, PARTITIONS),
            new TopicSpec(FULFILLMENT, PARTITIONS),
            new TopicSpec(INVENTORY, PARTITIONS));

    private Topics() {
    }

    /** Where a consumer parks a message that keeps failing: {@code <topic>.dlq.<service>}. */
    public static String deadLetter(String topic, String service) {
        return topic + ".dlq." + service;
    }
}
