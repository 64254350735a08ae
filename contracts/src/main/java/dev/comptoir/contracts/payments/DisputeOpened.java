package dev.comptoir.contracts.payments;

import dev.comptoir.contracts.OrderEvent;

/** The buyer disputed the charge with their bank (a chargeback): the merchant has to answer it. */
public record DisputeOpened(String orderId, String paymentId, long amount, String currency, String reason)
        implements OrderEvent {
}
