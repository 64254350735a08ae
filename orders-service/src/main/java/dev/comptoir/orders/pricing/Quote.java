package dev.comptoir.orders.pricing;

import dev.comptoir.orders.pricing.ShippingRates.ShippingQuote;
import java.util.List;

/** A priced cart: what each line costs, how it is delivered, which discounts applied, and the totals. */
public record Quote(List<LineAmounts> lines, List<FulfillmentGroup> groups, Discounts discounts, Amounts totals,
        boolean shipsToDestination) {

    /**
     * One line's share: {@code subtotal = base - itemsDiscount}; {@code discount} is its share of order-level discounts
     * (the base of its tax); {@code total = subtotal - discount + tax}.
     */
    public record LineAmounts(String lineId, long base, long itemsDiscount, long subtotal, long discount, long tax,
            long total) {
    }

    /** Lines delivered the same way ({@link #SHIPPING} or {@link #DIGITAL}), its options and the one selected. */
    public record FulfillmentGroup(String id, String type, List<String> lineIds, List<ShippingQuote> options,
            String selectedOption) {
        public static final String SHIPPING = "shipping";
        public static final String DIGITAL = "digital";

        public ShippingQuote selected() {
            return options.stream().filter(option -> option.id().equals(selectedOption)).findFirst().orElseThrow();
        }
    }

    public boolean needsShipping() {
        return groups.stream().anyMatch(group -> FulfillmentGroup.SHIPPING.equals(group.type()));
    }
}
