package dev.comptoir.payments.payment;

/**
 * <pre>
 * AUTHORIZED --(capture: shipped, digital confirmed, or at once)--> CAPTURED --(refunds)--> PARTIALLY_REFUNDED / REFUNDED
 * AUTHORIZED --(order canceled before capture)--> VOIDED
 * VOIDED at once: the order was canceled before its AuthorizePayment arrived (nothing was held)
 * FAILED: declined, or the provider could not be reached
 * </pre>
 */
public enum PaymentStatus {
    AUTHORIZED, CAPTURED, PARTIALLY_REFUNDED, REFUNDED, VOIDED, FAILED;

    public static PaymentStatus afterRefunds(Balance balance) {
        if (balance.refunded() == 0) {
            return CAPTURED;
        }
        return balance.refunded() == balance.captured() ? REFUNDED : PARTIALLY_REFUNDED;
    }
}
