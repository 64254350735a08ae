package dev.comptoir.orders.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.contracts.FieldLimits;
import dev.comptoir.orders.pricing.Quote.FulfillmentGroup;
import dev.comptoir.orders.pricing.Quote.LineAmounts;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PriceCalculatorTest {
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-27T10:00:00Z");
    private static final TaxTable TAXES = new TaxTable(Map.of(
            "US-CA", new TaxRate(725, false), "FR", new TaxRate(2000, true), "JP", new TaxRate(1000, true)));
    private static final ShippingRates SHIPPING = new ShippingRates("US", Set.of("US", "FR", "JP"));
    private static final PriceCalculator CALCULATOR = new PriceCalculator(TAXES, SHIPPING);
    private static final Map<String, DiscountCode> CODES = Map.of(
            "TEN", new DiscountCode("TEN", "10% off", 1000, null, null, 0, null, null, true),
            "TWENTY", new DiscountCode("TWENTY", "20% off", 2000, null, null, 0, null, null, true),
            "FIVE", new DiscountCode("FIVE", "USD 5 off", null, 500L, "usd", 0, null, null, true),
            "BIG", new DiscountCode("BIG", "USD 20 off from USD 100", null, 2000L, "usd", 10_000, null, null, true),
            "OLD", new DiscountCode("OLD", "Gone", 5000, null, null, 0, null, NOW.minusDays(1), true),
            "OFF", new DiscountCode("OFF", "Disabled", 5000, null, null, 0, null, null, false),
            "SOON", new DiscountCode("SOON", "Next week", 5000, null, null, 0, NOW.plusDays(7), null, true));

    @Test
    void taxIsPerLineAtTheRegionRateAndShippingIsNotTaxedInCalifornia() {
        Quote quote = quote(cart("usd", "US", "CA", List.of(), physical("li_1", 2, 1800), physical("li_2", 1, 2500)));
        assertEquals(6100, quote.totals().itemsBaseAmount());
        assertEquals(261, quote.lines().get(0).tax(), "7.25% of 3600 = 261");
        assertEquals(181, quote.lines().get(1).tax(), "7.25% of 2500 = 181.25");
        assertEquals(0, quote.totals().fulfillment(), "standard shipping is free at home from USD 50");
        assertEquals(442, quote.totals().tax());
        assertEquals(6542, quote.totals().total());
    }

    @Test
    void destinationWhoseRateCoversShippingTaxesShippingToo() {
        Quote quote = quote(cart("eur", "FR", null, List.of(), physical("li_1", 1, 1000)));
        long shipping = quote.totals().fulfillment();
        assertEquals(500 + 1000, shipping, "EUR 5 base + EUR 10 abroad, never free abroad");
        assertEquals(200 + 300, quote.totals().tax(), "20% of the item and of the shipping");
    }

    @Test
    void zeroDecimalCurrencyIsPricedInWholeYen() {
        Quote quote = quote(cart("jpy", "JP", null, List.of(), physical("li_1", 1, 3000)));
        assertEquals(700 + 1500, quote.totals().fulfillment(), "JPY 700 + JPY 1500 abroad, not 70000");
        assertEquals(300 + 220, quote.totals().tax());
        assertEquals(3000 + 2200 + 520, quote.totals().total());
    }

    @Test
    void shippingGrowsWithEveryStartedKilogramAfterTheFirst() {
        Quote light = quote(cart("usd", "US", "OR", List.of(), physical("li_1", 1, 1000, 1000)));
        Quote heavy = quote(cart("usd", "US", "OR", List.of(), physical("li_1", 1, 1000, 2500)));
        assertEquals(500, light.totals().fulfillment());
        assertEquals(500 + 2 * 100, heavy.totals().fulfillment());
    }

    @Test
    void expressIsOfferedWithAnEarlierDeliveryWindowAndChosenOnRequest() {
        Cart cart = new Cart("usd", List.of(physical("li_1", 1, 1000)), "US", "OR", ShippingRates.EXPRESS, List.of());
        FulfillmentGroup group = CALCULATOR.quote(cart, code -> Optional.empty(), NOW).groups().get(0);
        assertEquals(ShippingRates.EXPRESS, group.selectedOption());
        var standard = group.options().get(0);
        var express = group.options().get(1);
        assertEquals(1500, express.amount());
        assertTrue(express.latestDelivery().isBefore(standard.earliestDelivery().plusDays(1)));
        assertTrue(standard.earliestDelivery().isBefore(standard.latestDelivery()));
        assertEquals(OffsetDateTime.parse("2026-12-02T00:00Z"), standard.earliestDelivery(),
                "3 business days after a Friday is the next Wednesday");
    }

    @Test
    void digitalGoodsFormTheirOwnFreeGroup() {
        Quote quote = quote(cart("usd", "US", "OR", List.of(), physical("li_1", 1, 1000), digital("li_2", 1, 900)));
        assertEquals(List.of("shipping", "digital"), quote.groups().stream().map(FulfillmentGroup::type).toList());
        assertEquals(List.of("li_2"), quote.groups().get(1).lineIds());
        assertEquals(500, quote.totals().fulfillment());

        Quote digitalOnly = quote(cart("usd", null, null, List.of(), digital("li_1", 1, 900)));
        assertFalse(digitalOnly.needsShipping());
        assertEquals(0, digitalOnly.totals().fulfillment());
    }

    @Test
    void destinationNotShippedToGetsNoShippingOption() {
        Quote quote = quote(cart("usd", "BR", null, List.of(), physical("li_1", 1, 1000)));
        assertFalse(quote.shipsToDestination());
        assertTrue(quote.groups().get(0).options().isEmpty());
        assertEquals(0, quote.totals().fulfillment());
    }

    @Test
    void percentageCodeDiscountsEachLineAndFixedCodeSpreadsOverTheOrder() {
        Quote quote = quote(cart("usd", "US", "CA", List.of("ten", "FIVE"),
                physical("li_1", 1, 1999), physical("li_2", 3, 1000)));
        List<LineAmounts> lines = quote.lines();
        assertEquals(200, lines.get(0).itemsDiscount(), "10% of 1999 rounds to 200");
        assertEquals(300, lines.get(1).itemsDiscount());
        assertEquals(500, lines.get(0).discount() + lines.get(1).discount());
        assertEquals(500, quote.totals().discount());
        assertEquals(500, quote.totals().itemsDiscount());
        assertEquals(List.of("TEN", "FIVE"), quote.discounts().applied().stream().map(Discounts.Applied::code).toList());
        assertTrue(quote.discounts().rejected().isEmpty());
        assertEquals(Math.round((1799 - lines.get(0).discount()) * 0.0725), lines.get(0).tax(),
                "tax is on what the line costs after both discounts");
    }

    @Test
    void fixedDiscountNeverExceedsWhatTheItemsCost() {
        Quote quote = quote(cart("usd", "US", "OR", List.of("FIVE"), physical("li_1", 1, 300)));
        assertEquals(300, quote.totals().discount());
        assertEquals(quote.totals().fulfillment(), quote.totals().total());
    }

    @Test
    void codesTheBuyerCannotUseNowReadExactlyAsUnknownOnes() {
        Quote quote = quote(cart("usd", "US", "CA", List.of("NOPE", "OLD", "SOON", "OFF"), physical("li_1", 1, 1000)));
        List<Discounts.Rejected> rejected = quote.discounts().rejected();
        assertEquals(4, rejected.size());
        for (Discounts.Rejected code : rejected) {
            assertEquals("discount_code_invalid", code.reason(), code.code());
            assertEquals("Code '" + code.code() + "' is not a valid discount code.", code.message());
        }
        assertEquals(0, quote.totals().discount());
    }

    @Test
    void theMerchantIsToldWhyAnExistingCodeCannotBeUsed() {
        assertEquals(Optional.of("expired at " + NOW.minusDays(1)), CODES.get("OLD").unavailableAt(NOW));
        assertEquals(Optional.of("not valid before " + NOW.plusDays(7)), CODES.get("SOON").unavailableAt(NOW));
        assertEquals(Optional.of("disabled"), CODES.get("OFF").unavailableAt(NOW));
        assertEquals(Optional.empty(), CODES.get("SOON").unavailableAt(NOW.plusDays(7)));
        assertEquals(Optional.empty(), CODES.get("TEN").unavailableAt(NOW));
    }

    @Test
    void rejectedCodesSayWhy() {
        Quote quote = quote(cart("eur", "FR", null, List.of("NOPE", "OLD", "FIVE", "OFF", "TEN", "TWENTY", "ten"),
                physical("li_1", 1, 1000)));
        assertEquals(List.of("discount_code_invalid", "discount_code_invalid", "discount_code_invalid",
                        "discount_code_invalid", "discount_code_combination_disallowed",
                        "discount_code_already_applied"),
                quote.discounts().rejected().stream().map(Discounts.Rejected::reason).toList());
        assertEquals(List.of(0, 1, 2, 3, 5, 6),
                quote.discounts().rejected().stream().map(Discounts.Rejected::index).toList());
        assertEquals(100, quote.totals().itemsDiscount(), "only TEN applied");

        Quote small = quote(cart("usd", "US", "OR", List.of("BIG"), physical("li_1", 1, 9999)));
        assertEquals("discount_code_minimum_not_met", small.discounts().rejected().get(0).reason());
        assertTrue(small.discounts().rejected().get(0).message().contains("USD 100.00"));
    }

    /** Whatever the cart, the lines and the totals add up to the cent. */
    @Test
    void linesAndTotalsAlwaysAddUp() {
        Random random = new Random(20261129);
        List<String> countries = new ArrayList<>(List.of("US", "FR", "JP", "BR"));
        countries.add(null);
        for (int run = 0; run < 2_000; run++) {
            String currency = List.of("usd", "eur", "gbp", "jpy").get(random.nextInt(4));
            List<CartLine> lines = new ArrayList<>();
            for (int i = 0, n = 1 + random.nextInt(5); i < n; i++) {
                lines.add(new CartLine("li_" + (i + 1), 1 + random.nextInt(9), random.nextInt(50_000),
                        random.nextInt(3000), random.nextInt(4) == 0));
            }
            List<String> codes = random.nextBoolean() ? List.of("TEN", "FIVE") : List.of("TWENTY");
            Quote quote = quote(new Cart(currency, lines, countries.get(random.nextInt(countries.size())), "CA",
                    random.nextBoolean() ? ShippingRates.EXPRESS : null, codes));
            Amounts totals = quote.totals();
            assertEquals(totals.itemsBaseAmount() - totals.itemsDiscount(), totals.subtotal());
            assertEquals(totals.subtotal() - totals.discount() + totals.fulfillment() + totals.tax(), totals.total());
            long lineTotals = 0;
            long lineTax = 0;
            for (LineAmounts line : quote.lines()) {
                assertEquals(line.base() - line.itemsDiscount(), line.subtotal());
                assertEquals(line.subtotal() - line.discount() + line.tax(), line.total());
                assertTrue(line.subtotal() - line.discount() >= 0, "no line costs less than nothing");
                lineTotals += line.total();
                lineTax += line.tax();
            }
            assertEquals(totals.total(), lineTotals + totals.fulfillment() + (totals.tax() - lineTax),
                    "the lines, shipping and the tax on shipping are the whole total");
            long allocated = quote.discounts().applied().stream().flatMap(applied -> applied.allocations().stream())
                    .mapToLong(Discounts.Allocation::amount).sum();
            assertEquals(totals.itemsDiscount() + totals.discount(), allocated);
        }
    }

    /** Was: tax 668694472671971246, total -8554677564182804563, payable. */
    @Test
    void priceThatWouldOverflowIsRefusedInsteadOfWrappingToANegativeTotal() {
        assertThrows(ArithmeticException.class,
                () -> quote(cart("usd", "US", "CA", List.of(), physical("li_1", 1, Long.MAX_VALUE))));
        assertThrows(ArithmeticException.class, () -> quote(cart("usd", "US", "CA", List.of(),
                physical("li_1", 2, Long.MAX_VALUE / 2), physical("li_2", 1, Long.MAX_VALUE / 2))));
        assertThrows(ArithmeticException.class, () -> quote(cart("usd", "US", "CA", List.of(),
                physical("li_1", 1, Long.MAX_VALUE - 10))));
    }

    /** Every line at the largest price and quantity the APIs let in, taxed, is priced exactly. */
    @Test
    void largestCartTheLimitsAllowIsPricedExactly() {
        List<CartLine> lines = new ArrayList<>();
        for (int i = 1; i <= FieldLimits.LINE_ITEMS; i++) {
            lines.add(new CartLine("li_" + i, FieldLimits.MAX_QUANTITY, FieldLimits.MAX_AMOUNT, 1_000_000, false));
        }
        Quote quote = quote(new Cart("usd", lines, "FR", null, ShippingRates.EXPRESS, List.of("TEN")));
        long lineBase = FieldLimits.MAX_AMOUNT * FieldLimits.MAX_QUANTITY;
        assertEquals(lineBase * FieldLimits.LINE_ITEMS, quote.totals().itemsBaseAmount());
        assertEquals((lineBase - Money.percentOf(lineBase, 1000)) * FieldLimits.LINE_ITEMS, quote.totals().subtotal());
        assertTrue(quote.totals().total() > FieldLimits.MAX_AMOUNT, "refused at checkout, but not wrapped around");
    }

    @Test
    void allocationSplitsExactlyInProportion() {
        assertEquals(List.of(334L, 333L, 333L), toList(Money.allocate(1000, new long[] {1, 1, 1})));
        assertEquals(List.of(0L, 0L), toList(Money.allocate(0, new long[] {5, 5})));
        assertEquals(List.of(250L, 750L), toList(Money.allocate(1000, new long[] {100, 300})));
    }

    private static List<Long> toList(long[] values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }

    private static Quote quote(Cart cart) {
        return CALCULATOR.quote(cart, code -> Optional.ofNullable(CODES.get(code)), NOW);
    }

    private static Cart cart(String currency, String country, String region, List<String> codes, CartLine... lines) {
        return new Cart(currency, List.of(lines), country, region, null, codes);
    }

    private static CartLine physical(String id, int quantity, long unitAmount) {
        return physical(id, quantity, unitAmount, 400);
    }

    private static CartLine physical(String id, int quantity, long unitAmount, int grams) {
        return new CartLine(id, quantity, unitAmount, grams, false);
    }

    private static CartLine digital(String id, int quantity, long unitAmount) {
        return new CartLine(id, quantity, unitAmount, 0, true);
    }
}
