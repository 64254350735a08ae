package dev.comptoir.contracts.orders;

import dev.comptoir.contracts.OrderEvent;

/**
 * Give back {@code amount} (minor units) of an order's captured money: a return received, a goodwill gesture.
 * {@code refundId} identifies the request: asking twice with the same id refunds once.
 */
public record RefundRequested(String orderId, String refundId, long amount, String reason) implements OrderEvent {
}
