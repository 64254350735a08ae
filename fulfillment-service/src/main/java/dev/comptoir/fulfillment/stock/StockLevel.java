package dev.comptoir.fulfillment.stock;

public record StockLevel(String sku, int onHand, int reserved, int available) {
    static StockLevel of(StockItem item) {
        return new StockLevel(item.sku, item.onHand, item.reserved, item.available());
    }
}
