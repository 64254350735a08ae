package dev.comptoir.orders.checkout;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Shipping options and tax for a cart. Amounts are integer minor units of the session currency.
 * Tax applies to items and shipping at the destination's rate, rounded half up.
 */
public final class Pricing {
    public static final String STANDARD = "ship_standard";
    public static final String EXPRESS = "ship_express";

    private static final long STANDARD_SHIPPING = 500;
    private static final long EXPRESS_SHIPPING = 1500;
    private static final long FREE_STANDARD_SHIPPING_FROM = 5000;

    /** Rates in basis points by country, or by country-region where the region decides. */
    private static final Map<String, Integer> TAX_RATES = Map.ofEntries(
            Map.entry("US-CA", 725), Map.entry("US-NY", 400), Map.entry("US-TX", 625), Map.entry("US-WA", 650),
            Map.entry("FR", 2000), Map.entry("DE", 1900), Map.entry("GB", 2000), Map.entry("ES", 2100),
            Map.entry("IT", 2200), Map.entry("NL", 2100), Map.entry("CA", 500), Map.entry("JP", 1000));

    private Pricing() {
    }

    public record ShippingOption(String id, String title, String description, long amount) {
    }

    public static List<ShippingOption> shippingOptions(long itemsTotal) {
        long standard = itemsTotal >= FREE_STANDARD_SHIPPING_FROM ? 0 : STANDARD_SHIPPING;
        return List.of(
                new ShippingOption(STANDARD, "Standard", "Arrives in 4-6 business days", standard),
                new ShippingOption(EXPRESS, "Express", "Arrives in 1-2 business days", EXPRESS_SHIPPING));
    }

    /** The quote for these line totals, shipped with {@code optionId} to {@code country}/{@code region} (may be null). */
    public static Amounts quote(List<Long> lineTotals, String optionId, String country, String region) {
        long items = lineTotals.stream().mapToLong(Long::longValue).sum();
        long shipping = shippingOptions(items).stream().filter(option -> option.id().equals(optionId))
                .mapToLong(ShippingOption::amount).findFirst().orElse(0);
        long tax = country == null ? 0 : tax(items + shipping, taxRate(country, region));
        return new Amounts(items, shipping, tax, items + shipping + tax);
    }

    static int taxRate(String country, String region) {
        String countryCode = country.toUpperCase(Locale.ROOT);
        if (region != null) {
            Integer regional = TAX_RATES.get(countryCode + "-" + region.toUpperCase(Locale.ROOT));
            if (regional != null) {
                return regional;
            }
        }
        return TAX_RATES.getOrDefault(countryCode, 0);
    }

    static long tax(long amount, int basisPoints) {
        return (amount * basisPoints + 5_000) / 10_000;
    }
}
