package dev.comptoir.contracts.orders;

import dev.comptoir.contracts.OrderEvent;

/**
 * Orders asks payments to authorize an order's total with the buyer's delegated payment token, and the 3-D Secure
 * result when the buyer passed it for this attempt. Sent with {@code OrderPlaced}, in the same transaction, but on
 * {@code payments.commands}: the credentials reach payments and no other service.
 */
public record AuthorizePayment(
        String orderId,
        String checkoutSessionId,
        String agentPlatform,
        long amount,
        String currency,
        String paymentToken,
        ThreeDsResult authentication) implements OrderEvent {

    @Override
    public String toString() {
        return "AuthorizePayment[orderId=" + orderId + ", amount=" + amount + " " + currency
                + ", paymentToken=***, authentication=" + authentication + "]";
    }
}
