package dev.comptoir.orders.saga;

public enum PaymentState {
    PENDING, AUTHORIZED, FAILED
}
