package dev.comptoir.contracts.fulfillment;

/**
 * A quantity of an order line coming back; {@code condition} ({@code resellable} or {@code damaged}) is set when the
 * warehouse received it, null before.
 */
public record ReturnLine(String lineId, String sku, int quantity, String condition) {
}
