package dev.comptoir.contracts;

/** Kafka topics. Every order event is keyed by order id so that one order's events stay in order. */
public final class Topics {
    public static final String ORDERS = "orders.events";
    public static final String PAYMENTS = "payments.events";
    public static final String FULFILLMENT = "fulfillment.events";

    private Topics() {
    }

    /** Where a consumer parks a message that keeps failing: {@code <topic>.dlq.<service>}. */
    public static String deadLetter(String topic, String service) {
        return topic + ".dlq." + service;
    }
}
