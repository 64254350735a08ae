package dev.comptoir.contracts.orders;

import dev.comptoir.contracts.OrderEvent;

/** The order will not be fulfilled; whoever holds money or stock for it gives it back. */
public record OrderCanceled(String orderId, String reason, Customer customer) implements OrderEvent {
}
