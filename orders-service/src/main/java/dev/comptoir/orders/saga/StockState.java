package dev.comptoir.orders.saga;

public enum StockState {
    PENDING, RESERVED, SHORT
}
