package dev.comptoir.payments.payment;

/**
 * The money of one payment, minor units: always {@code authorized >= captured >= refunded >= 0} (the database checks
 * it too). Refunds count from the moment they are asked, so two refunds in flight can never give back more than was
 * taken; a refund that fails is taken back out.
 */
public record Balance(long authorized, long captured, long refunded) {
    public Balance {
        if (refunded < 0 || captured < refunded || authorized < captured) {
            throw new IllegalArgumentException("Not a balance: authorized " + authorized + ", captured " + captured
                    + ", refunded " + refunded);
        }
    }

    public static Balance authorized(long amount) {
        return new Balance(amount, 0, 0);
    }

    public boolean isCaptured() {
        return captured > 0;
    }

    /** What may still be refunded. */
    public long refundable() {
        return captured - refunded;
    }

    /** Takes the whole authorization: one capture per payment. */
    public Balance capture() {
        if (isCaptured()) {
            throw new IllegalStateException("Already captured");
        }
        return new Balance(authorized, authorized, refunded);
    }

    public Balance refund(long amount) {
        if (amount <= 0 || amount > refundable()) {
            throw new IllegalArgumentException("Cannot refund " + amount + " of " + refundable() + " refundable");
        }
        return new Balance(authorized, captured, refunded + amount);
    }

    public Balance refundFailed(long amount) {
        return new Balance(authorized, captured, refunded - amount);
    }
}
