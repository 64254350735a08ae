package dev.comptoir.contracts.orders;

import dev.comptoir.contracts.OrderEvent;
import java.util.List;

/**
 * An agent completed a checkout: the order exists and now needs payment and stock.
 * Carries everything payments and fulfillment need, so that neither calls back.
 */
public record OrderPlaced(
        String orderId,
        String checkoutSessionId,
        String agentPlatform,
        String currency,
        List<OrderLine> lines,
        long itemsTotal,
        /** Every discount: item-level and order-level. */
        long discount,
        long tax,
        long shipping,
        long total,
        Customer customer,
        Address shippingAddress,
        String paymentToken,
        /** Present when the buyer passed 3-D Secure for this attempt. */
        ThreeDsResult authentication,
        /** The buyer's language (BCP 47, one the shop speaks), for everything written to them. */
        String locale) implements OrderEvent {
}
