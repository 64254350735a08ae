package dev.comptoir.orders.pricing;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A code the merchant hands out: a percentage off every item ({@code percentOffBasisPoints}, 1000 = 10 %) or a fixed
 * amount off the order ({@code amountOff} minor units of {@code currency}). A code with a currency applies only to
 * carts in that currency; {@code minimumAmount} (same currency) is what the items must cost before discounts.
 */
public record DiscountCode(String code, String name, Integer percentOffBasisPoints, Long amountOff, String currency,
        long minimumAmount, OffsetDateTime startsAt, OffsetDateTime endsAt, boolean active) {

    public boolean isPercentage() {
        return percentOffBasisPoints != null;
    }

    /** Why the code cannot be used at {@code now}, for the merchant: disabled, not valid yet, expired. */
    public Optional<String> unavailableAt(OffsetDateTime now) {
        if (!active) {
            return Optional.of("disabled");
        }
        if (startsAt != null && now.isBefore(startsAt)) {
            return Optional.of("not valid before " + startsAt);
        }
        if (endsAt != null && !now.isBefore(endsAt)) {
            return Optional.of("expired at " + endsAt);
        }
        return Optional.empty();
    }
}
