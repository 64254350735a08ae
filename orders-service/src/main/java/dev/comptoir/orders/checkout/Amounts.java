package dev.comptoir.orders.checkout;

import dev.comptoir.orders.checkout.AcpModel.Total;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.List;

/** What a cart, and the order placed from it, costs: integer minor units of its currency. */
@Embeddable
public record Amounts(@Column(name = "items_total") long itemsTotal, long shipping, long tax, long total) {

    /** The ACP totals breakdown, the same in checkout sessions and orders. */
    public List<Total> acpTotals() {
        return List.of(
                new Total("items_base_amount", "Item(s) total", itemsTotal),
                new Total("subtotal", "Subtotal", itemsTotal),
                new Total("fulfillment", "Shipping", shipping),
                new Total("tax", "Tax", tax),
                new Total("total", "Total", total));
    }
}
