package dev.comptoir.contracts.payments;

import dev.comptoir.contracts.OrderEvent;

/** The authorization was refused; {@code code} is the ACP-style decline code (card_declined, insufficient_funds, …). */
public record PaymentFailed(String orderId, String code, String message) implements OrderEvent {
}
