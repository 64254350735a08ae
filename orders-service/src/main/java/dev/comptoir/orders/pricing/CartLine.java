package dev.comptoir.orders.pricing;

/** A line to price: {@code quantity} of a SKU at {@code unitAmount}, shipped ({@code weightGrams} each) or digital. */
public record CartLine(String lineId, int quantity, long unitAmount, int weightGrams, boolean digital) {
}
