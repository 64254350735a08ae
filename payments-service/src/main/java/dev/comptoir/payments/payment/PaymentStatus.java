package dev.comptoir.payments.payment;

public enum PaymentStatus {
    AUTHORIZED, FAILED, VOIDED
}
