package dev.comptoir.contracts.orders;

/** One line of an order; amounts in minor units of the order's currency. */
public record OrderLine(String lineId, String sku, String name, int quantity, long unitAmount, long total) {
}
