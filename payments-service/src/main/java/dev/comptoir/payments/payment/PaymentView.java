package dev.comptoir.payments.payment;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/** The merchant's view of an order's payment: its ledger and its refunds, minor units. */
public record PaymentView(String id, String orderId, String status, long amount, String currency, long authorized,
        long captured, long refunded, String provider, String declineCode, List<RefundView> refunds,
        OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public record RefundView(String id, long amount, String reason, String status, String failureReason,
            OffsetDateTime createdAt) {
    }

    static PaymentView of(Payment payment) {
        return new PaymentView(payment.id, payment.orderId, payment.status.name().toLowerCase(Locale.ROOT),
                payment.amount, payment.currency, payment.authorizedAmount, payment.capturedAmount,
                payment.refundedAmount, payment.provider, payment.declineCode,
                Refund.forOrder(payment.orderId).stream().map(refund -> new RefundView(refund.id, refund.amount,
                        refund.reason, refund.status.name().toLowerCase(Locale.ROOT), refund.failureReason,
                        refund.createdAt)).toList(),
                payment.createdAt, payment.updatedAt);
    }
}
