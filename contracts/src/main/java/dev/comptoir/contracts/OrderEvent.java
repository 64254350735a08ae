package dev.comptoir.contracts;

/** An event about one order: its order id is the key. */
public interface OrderEvent extends KeyedEvent {
    String orderId();

    @Override
    default String key() {
        return orderId();
    }
}
