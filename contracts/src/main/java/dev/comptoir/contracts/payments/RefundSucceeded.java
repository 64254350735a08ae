package dev.comptoir.contracts.payments;

import dev.comptoir.contracts.OrderEvent;

/** The provider refunded {@code amount} (minor units) of the order's captured money for refund {@code refundId}. */
public record RefundSucceeded(String orderId, String refundId, long amount, String currency) implements OrderEvent {
}
