package dev.comptoir.fulfillment.stock;

public record StockUpdate(Integer onHand) {
}
