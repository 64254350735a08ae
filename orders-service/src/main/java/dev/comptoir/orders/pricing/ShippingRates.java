package dev.comptoir.orders.pricing;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What shipping costs and how long it takes: a base price for the first kilogram, a price per further started
 * kilogram, a surcharge abroad, and standard shipping free from a threshold at home. Prices are in major units per
 * currency, converted to minor units with the currency's own decimals (JPY has none).
 */
public final class ShippingRates {
    public static final String STANDARD = "ship_standard";
    public static final String EXPRESS = "ship_express";
    public static final String DIGITAL = "digital_delivery";
    public static final Set<String> CURRENCIES = Set.of("usd", "eur", "gbp", "jpy");

    private static final Method STANDARD_METHOD = new Method(STANDARD, "Standard shipping",
            prices("5.00", "5.00", "4.00", "700"), prices("1.00", "1.00", "1.00", "150"),
            prices("50.00", "50.00", "40.00", "7000"), new Days(3, 5), new Days(6, 10));
    private static final Method EXPRESS_METHOD = new Method(EXPRESS, "Express shipping",
            prices("15.00", "15.00", "12.00", "2000"), prices("3.00", "3.00", "2.00", "400"),
            null, new Days(1, 2), new Days(2, 4));
    private static final Map<String, BigDecimal> INTERNATIONAL_SURCHARGE = prices("10.00", "10.00", "8.00", "1500");

    private final String originCountry;
    private final Set<String> destinations = new TreeSet<>();

    /** Ships from {@code originCountry} to the {@code destinations} countries (ISO 3166-1 alpha-2). */
    public ShippingRates(String originCountry, Set<String> destinations) {
        this.originCountry = originCountry.toUpperCase(Locale.ROOT);
        destinations.forEach(country -> this.destinations.add(country.toUpperCase(Locale.ROOT)));
    }

    public boolean shipsTo(String country) {
        return country == null || destinations.contains(country.toUpperCase(Locale.ROOT));
    }

    public Set<String> destinations() {
        return destinations;
    }

    /**
     * The options to ship {@code weightGrams} worth {@code itemsAmount} to {@code country} (null: not known yet, quoted
     * as domestic), paid in {@code currency}, with the delivery window counted in business days from {@code now}.
     */
    public List<ShippingQuote> options(String currency, String country, long weightGrams, long itemsAmount,
            OffsetDateTime now) {
        boolean domestic = country == null || originCountry.equalsIgnoreCase(country);
        return List.of(STANDARD_METHOD, EXPRESS_METHOD).stream()
                .map(method -> method.quote(currency, domestic, weightGrams, itemsAmount, now)).toList();
    }

    /** A priced way to deliver a group of items, with its delivery window (none for digital delivery). */
    public record ShippingQuote(String id, String title, String description, long amount,
            OffsetDateTime earliestDelivery, OffsetDateTime latestDelivery) {
    }

    private record Days(int earliest, int latest) {
    }

    private record Method(String id, String title, Map<String, BigDecimal> base, Map<String, BigDecimal> perKilogram,
            Map<String, BigDecimal> freeFrom, Days domestic, Days international) {

        ShippingQuote quote(String currency, boolean home, long weightGrams, long itemsAmount, OffsetDateTime now) {
            String code = currency.toLowerCase(Locale.ROOT);
            long extraKilograms = Math.max(0, (weightGrams - 1) / 1000);
            long amount = Math.addExact(Math.addExact(Money.minor(base.get(code), code),
                    Math.multiplyExact(extraKilograms, Money.minor(perKilogram.get(code), code))),
                    home ? 0 : Money.minor(INTERNATIONAL_SURCHARGE.get(code), code));
            if (home && freeFrom != null && itemsAmount >= Money.minor(freeFrom.get(code), code)) {
                amount = 0;
            }
            Days days = home ? domestic : international;
            return new ShippingQuote(id, title, "Arrives in " + days.earliest() + "-" + days.latest() + " business days",
                    amount, businessDaysAfter(now, days.earliest()), businessDaysAfter(now, days.latest()));
        }
    }

    static OffsetDateTime businessDaysAfter(OffsetDateTime now, int businessDays) {
        OffsetDateTime day = now.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS);
        for (int left = businessDays; left > 0; ) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return day;
    }

    private static Map<String, BigDecimal> prices(String usd, String eur, String gbp, String jpy) {
        return Map.of("usd", new BigDecimal(usd), "eur", new BigDecimal(eur), "gbp", new BigDecimal(gbp),
                "jpy", new BigDecimal(jpy));
    }
}
