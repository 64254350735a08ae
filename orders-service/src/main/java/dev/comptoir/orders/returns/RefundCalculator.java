package dev.comptoir.orders.returns;

import dev.comptoir.orders.pricing.Money;
import java.util.List;

/**
 * What a received return gives back: for each line, its share of what the line cost (after discounts, with its tax),
 * counted so that returning a line in several parts refunds exactly its total; plus shipping and the tax on it when
 * the whole order has come back and the policy says so.
 */
public final class RefundCalculator {
    private RefundCalculator() {
    }

    /**
     * A returned part of a line: {@code lineTotal} for {@code ordered} units, {@code returnedBefore} units already
     * refunded, {@code quantity} now.
     */
    public record ReturnedPart(long lineTotal, int ordered, int returnedBefore, int quantity) {
    }

    public static long refund(List<ReturnedPart> parts, boolean wholeOrderBack, boolean refundShipping,
            long shippingWithTax) {
        long amount = 0;
        for (ReturnedPart part : parts) {
            amount += Money.share(part.lineTotal(), part.returnedBefore() + part.quantity(), part.ordered())
                    - Money.share(part.lineTotal(), part.returnedBefore(), part.ordered());
        }
        return wholeOrderBack && refundShipping ? amount + shippingWithTax : amount;
    }

}
