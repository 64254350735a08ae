package dev.comptoir.contracts.payments;

import dev.comptoir.contracts.OrderEvent;

/** The money of an authorization was taken: at shipment, at confirmation for digital goods, or at once. */
public record PaymentCaptured(String orderId, String paymentId, long amount, String currency) implements OrderEvent {
}
