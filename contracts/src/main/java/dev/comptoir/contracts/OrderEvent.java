package dev.comptoir.contracts;

/** An event about one order: its order id is the Kafka key and the CloudEvents subject. */
public interface OrderEvent {
    String orderId();
}
