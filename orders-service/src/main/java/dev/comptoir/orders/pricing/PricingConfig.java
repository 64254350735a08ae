package dev.comptoir.orders.pricing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds the price calculator from {@code comptoir.tax.*} and {@code comptoir.shipping.*}. */
public class PricingConfig {

    /** {@code comptoir.tax.rates.<FR or US-CA>.percent=20} and {@code .shipping=true} when shipping is taxed too. */
    @ConfigMapping(prefix = "comptoir.tax")
    public interface Taxes {
        Map<String, Rate> rates();

        interface Rate {
            BigDecimal percent();

            @WithDefault("false")
            boolean shipping();
        }
    }

    @ConfigMapping(prefix = "comptoir.shipping")
    public interface Shipping {
        /** Where parcels leave from: shipping there is domestic. */
        String originCountry();

        /** The countries shipped to; addresses elsewhere are refused with {@code region_restricted}. */
        Set<String> destinations();
    }

    @Produces
    @ApplicationScoped
    PriceCalculator priceCalculator(Taxes taxes, ShippingRates shippingRates) {
        Map<String, TaxRate> rates = taxes.rates().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> new TaxRate(entry.getValue().percent().movePointRight(2).intValueExact(),
                        entry.getValue().shipping())));
        return new PriceCalculator(new TaxTable(rates), shippingRates);
    }

    @Produces
    @ApplicationScoped
    ShippingRates shippingRates(Shipping shipping) {
        return new ShippingRates(shipping.originCountry(), shipping.destinations());
    }
}
