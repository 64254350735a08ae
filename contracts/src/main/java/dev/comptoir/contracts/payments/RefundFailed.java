package dev.comptoir.contracts.payments;

import dev.comptoir.contracts.OrderEvent;

/** Refund {@code refundId} did not happen; {@code reason} says why (exceeds_captured, provider_failed, …). */
public record RefundFailed(String orderId, String refundId, long amount, String reason) implements OrderEvent {
}
