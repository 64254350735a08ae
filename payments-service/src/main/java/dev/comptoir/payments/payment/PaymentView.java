package dev.comptoir.payments.payment;

import java.time.OffsetDateTime;

public record PaymentView(String id, String orderId, String status, long amount, String currency, String declineCode,
        OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    static PaymentView of(Payment payment) {
        return new PaymentView(payment.id, payment.orderId, payment.status.name().toLowerCase(), payment.amount,
                payment.currency, payment.declineCode, payment.createdAt, payment.updatedAt);
    }
}
