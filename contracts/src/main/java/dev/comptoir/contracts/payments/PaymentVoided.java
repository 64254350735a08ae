package dev.comptoir.contracts.payments;

import dev.comptoir.contracts.OrderEvent;

public record PaymentVoided(String orderId, String paymentId) implements OrderEvent {
}
