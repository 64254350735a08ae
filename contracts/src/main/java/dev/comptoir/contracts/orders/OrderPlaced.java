package dev.comptoir.contracts.orders;

import dev.comptoir.contracts.OrderEvent;
import java.util.List;

/**
 * An agent completed a checkout: the order exists and now needs payment and stock.
 * Carries everything fulfillment and notifications need, so that neither calls back. No payment credential: those
 * travel to payments alone, in {@link AuthorizePayment}.
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
        /** The buyer's language (BCP 47, one the shop speaks), for everything written to them. */
        String locale) implements OrderEvent {
}
