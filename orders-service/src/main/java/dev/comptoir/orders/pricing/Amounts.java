package dev.comptoir.orders.pricing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What a cart, and the order placed from it, costs, in minor units of its currency. Always
 * {@code subtotal = itemsBaseAmount - itemsDiscount} and {@code total = subtotal - discount + fulfillment + tax}.
 */
@Embeddable
public record Amounts(
        @Column(name = "items_base_amount") long itemsBaseAmount,
        @Column(name = "items_discount") long itemsDiscount,
        long subtotal,
        /** Order-level discounts (fixed-amount codes). */
        long discount,
        long fulfillment,
        long tax,
        long total) {
}
