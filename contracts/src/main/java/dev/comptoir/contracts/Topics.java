package dev.comptoir.contracts;

/**
 * Kafka topics. Order events are keyed by order id so that one order's events stay in order; stock levels, on
 * {@link #INVENTORY}, by SKU.
 */
public final class Topics {
    public static final String ORDERS = "orders.events";
    public static final String PAYMENTS = "payments.events";
    public static final String FULFILLMENT = "fulfillment.events";
    public static final String INVENTORY = "inventory.events";

    private Topics() {
    }

    /** Where a consumer parks a message that keeps failing: {@code <topic>.dlq.<service>}. */
    public static String deadLetter(String topic, String service) {
        return topic + ".dlq." + service;
    }
}
