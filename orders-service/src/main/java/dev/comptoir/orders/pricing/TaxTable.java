package dev.comptoir.orders.pricing;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Tax rates by destination: {@code US-CA} (country and region) wins over {@code US}; elsewhere no tax. */
public final class TaxTable {
    private final Map<String, TaxRate> rates = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    public TaxTable(Map<String, TaxRate> rates) {
        this.rates.putAll(rates);
    }

    public TaxRate rateFor(String country, String region) {
        if (country == null) {
            return TaxRate.NONE;
        }
        String countryCode = country.toUpperCase(Locale.ROOT);
        if (region != null) {
            TaxRate regional = rates.get(countryCode + "-" + region.trim());
            if (regional != null) {
                return regional;
            }
        }
        return rates.getOrDefault(countryCode, TaxRate.NONE);
    }
}
