package dev.comptoir.contracts.orders;

import dev.comptoir.contracts.OrderEvent;

/**
 * The order will not be fulfilled; whoever holds money or stock for it gives it back. {@code declineCode} is why the
 * card was refused (the {@code PaymentFailed} code) when {@code reason} is {@code payment_failed}, else null.
 */
public record OrderCanceled(String orderId, String reason, Customer customer, String declineCode)
        implements OrderEvent {
}
