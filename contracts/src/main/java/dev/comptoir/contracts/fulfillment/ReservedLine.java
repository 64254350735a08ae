package dev.comptoir.contracts.fulfillment;

public record ReservedLine(String sku, int quantity) {
}
