package dev.comptoir.orders.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** Availability by SKU as fulfillment last reported it; a SKU it never reported is absent (not known). */
@ApplicationScoped
public class StockLevels {

    public Map<String, Integer> available(Collection<String> skus) {
        if (skus.isEmpty()) {
            return Map.of();
        }
        return StockLevel.<StockLevel>list("sku in ?1", skus).stream()
                .collect(Collectors.toMap(level -> level.sku, level -> level.available));
    }
}
