package dev.comptoir.orders.pricing;

import dev.comptoir.orders.pricing.Quote.FulfillmentGroup;
import dev.comptoir.orders.pricing.Quote.LineAmounts;
import dev.comptoir.orders.pricing.ShippingRates.ShippingQuote;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Prices a cart, in this order: item discounts (percentage codes) per line; order discounts (fixed-amount codes)
 * spread over the lines in proportion to what they cost; shipping for the shipped lines' weight to the destination;
 * tax per line on what it costs after discounts, plus tax on shipping where the destination's rate says so. Every
 * amount is rounded once, half up, so the lines add up to the totals exactly. Arithmetic is exact: an amount that
 * does not fit a {@code long} throws {@link ArithmeticException} instead of wrapping around to a negative total.
 */
public final class PriceCalculator {
    private static final Logger LOG = Logger.getLogger(PriceCalculator.class);

    private final TaxTable taxes;
    private final ShippingRates shipping;

    public PriceCalculator(TaxTable taxes, ShippingRates shipping) {
        this.taxes = taxes;
        this.shipping = shipping;
    }

    public Quote quote(Cart cart, Function<String, Optional<DiscountCode>> findCode, OffsetDateTime now) {
        List<CartLine> lines = cart.lines();
        int count = lines.size();
        long[] base = new long[count];
        long itemsBase = 0;
        for (int i = 0; i < count; i++) {
            base[i] = Math.multiplyExact(lines.get(i).unitAmount(), lines.get(i).quantity());
            itemsBase = Math.addExact(itemsBase, base[i]);
        }

        Accepted accepted = acceptCodes(cart, findCode, itemsBase, now);
        long[] itemsDiscount = new long[count];
        long[] subtotal = new long[count];
        List<Discounts.Applied> applied = new ArrayList<>();
        if (accepted.percentage != null) {
            List<Discounts.Allocation> allocations = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                itemsDiscount[i] = Money.percentOf(base[i], accepted.percentage.percentOffBasisPoints());
                allocations.add(new Discounts.Allocation(lines.get(i).lineId(), itemsDiscount[i]));
            }
            applied.add(applied(accepted.percentage, sum(itemsDiscount), allocations));
        }
        for (int i = 0; i < count; i++) {
            subtotal[i] = Math.subtractExact(base[i], itemsDiscount[i]);
        }
        long[] orderDiscount = new long[count];
        if (accepted.fixed != null) {
            long amount = Math.min(accepted.fixed.amountOff(), sum(subtotal));
            orderDiscount = Money.allocate(amount, subtotal);
            List<Discounts.Allocation> allocations = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                allocations.add(new Discounts.Allocation(lines.get(i).lineId(), orderDiscount[i]));
            }
            applied.add(applied(accepted.fixed, amount, allocations));
        }

        boolean shipsToDestination = shipping.shipsTo(cart.country());
        List<FulfillmentGroup> groups = groups(cart, subtotal, orderDiscount, shipsToDestination, now);
        long fulfillment = groups.stream().filter(group -> group.selectedOption() != null)
                .mapToLong(group -> group.selected().amount()).reduce(0, Math::addExact);

        TaxRate rate = taxes.rateFor(cart.country(), cart.region());
        List<LineAmounts> lineAmounts = new ArrayList<>();
        long tax = rate.onShipping() ? Money.percentOf(fulfillment, rate.basisPoints()) : 0;
        for (int i = 0; i < count; i++) {
            long discounted = Math.subtractExact(subtotal[i], orderDiscount[i]);
            long lineTax = Money.percentOf(discounted, rate.basisPoints());
            tax = Math.addExact(tax, lineTax);
            lineAmounts.add(new LineAmounts(lines.get(i).lineId(), base[i], itemsDiscount[i], subtotal[i],
                    orderDiscount[i], lineTax, Math.addExact(discounted, lineTax)));
        }
        long itemsSubtotal = sum(subtotal);
        long discount = sum(orderDiscount);
        Amounts totals = new Amounts(itemsBase, sum(itemsDiscount), itemsSubtotal, discount, fulfillment, tax,
                Math.addExact(Math.addExact(Math.subtractExact(itemsSubtotal, discount), fulfillment), tax));
        return new Quote(lineAmounts, groups, new Discounts(cart.discountCodes(), applied, accepted.rejected),
                totals, shipsToDestination);
    }

    private List<FulfillmentGroup> groups(Cart cart, long[] subtotal, long[] orderDiscount, boolean shipsTo,
            OffsetDateTime now) {
        List<String> shipped = new ArrayList<>();
        List<String> digital = new ArrayList<>();
        long weight = 0;
        long shippedAmount = 0;
        for (int i = 0; i < cart.lines().size(); i++) {
            CartLine line = cart.lines().get(i);
            if (line.digital()) {
                digital.add(line.lineId());
            } else {
                shipped.add(line.lineId());
                weight = Math.addExact(weight, Math.multiplyExact((long) line.weightGrams(), line.quantity()));
                shippedAmount = Math.addExact(shippedAmount, Math.subtractExact(subtotal[i], orderDiscount[i]));
            }
        }
        List<FulfillmentGroup> groups = new ArrayList<>();
        if (!shipped.isEmpty()) {
            List<ShippingQuote> options = shipsTo
                    ? shipping.options(cart.currency(), cart.country(), weight, shippedAmount, now)
                    : List.of();
            String selected = options.stream().map(ShippingQuote::id).filter(id -> id.equals(cart.shippingOption()))
                    .findFirst().orElse(options.isEmpty() ? null : options.get(0).id());
            groups.add(new FulfillmentGroup("fg_shipping", FulfillmentGroup.SHIPPING, shipped, options, selected));
        }
        if (!digital.isEmpty()) {
            groups.add(new FulfillmentGroup("fg_digital", FulfillmentGroup.DIGITAL, digital,
                    List.of(new ShippingQuote(ShippingRates.DIGITAL, "Digital delivery",
                            "Download link by e-mail right after payment", 0, null, null)),
                    ShippingRates.DIGITAL));
        }
        return groups;
    }

    /** At most one percentage and one fixed-amount code; the others are rejected with the reason. */
    private static Accepted acceptCodes(Cart cart, Function<String, Optional<DiscountCode>> findCode, long itemsBase,
            OffsetDateTime now) {
        Accepted accepted = new Accepted();
        Set<String> seen = new HashSet<>();
        List<String> codes = cart.discountCodes();
        for (int index = 0; index < codes.size(); index++) {
            String code = codes.get(index).trim().toUpperCase(Locale.ROOT);
            Optional<DiscountCode> found = findCode.apply(code);
            Optional<String> unavailable = found.flatMap(discount -> discount.unavailableAt(now));
            String reason;
            String message;
            if (!seen.add(code)) {
                reason = "discount_code_already_applied";
                message = "Code '" + code + "' is already applied.";
            } else if (found.isEmpty() || unavailable.isPresent()) {
                // A code the buyer cannot use now reads as an unknown one: agents cannot probe for past or future codes.
                unavailable.ifPresent(why -> LOG.infof("Discount code %s refused as not valid: %s", code, why));
                reason = "discount_code_invalid";
                message = "Code '" + code + "' is not a valid discount code.";
            } else if (found.get().currency() != null && !found.get().currency().equalsIgnoreCase(cart.currency())) {
                reason = "discount_code_invalid";
                message = "Code '" + code + "' applies only to purchases in "
                        + found.get().currency().toUpperCase(Locale.ROOT) + ".";
            } else if (itemsBase < found.get().minimumAmount()) {
                reason = "discount_code_minimum_not_met";
                message = "Code '" + code + "' needs items worth at least "
                        + Money.display(found.get().minimumAmount(), cart.currency()) + ".";
            } else if (found.get().isPercentage() ? accepted.percentage != null : accepted.fixed != null) {
                reason = "discount_code_combination_disallowed";
                message = "Code '" + code + "' cannot be combined with the code already applied.";
            } else {
                if (found.get().isPercentage()) {
                    accepted.percentage = found.get();
                } else {
                    accepted.fixed = found.get();
                }
                continue;
            }
            accepted.rejected.add(new Discounts.Rejected(index, code, reason, message));
        }
        return accepted;
    }

    private static Discounts.Applied applied(DiscountCode code, long amount, List<Discounts.Allocation> allocations) {
        return new Discounts.Applied(code.code(), code.name(), code.percentOffBasisPoints(), code.amountOff(),
                code.currency(), amount, allocations);
    }

    private static long sum(long[] amounts) {
        long sum = 0;
        for (long amount : amounts) {
            sum = Math.addExact(sum, amount);
        }
        return sum;
    }

    private static final class Accepted {
        DiscountCode percentage;
        DiscountCode fixed;
        final List<Discounts.Rejected> rejected = new ArrayList<>();
    }
}
