package dev.comptoir.contracts.payments;

import dev.comptoir.contracts.OrderEvent;

public record PaymentAuthorized(String orderId, String paymentId, long amount, String currency) implements OrderEvent {
}
