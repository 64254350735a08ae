package dev.comptoir.fulfillment.stock;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decides whether an order's lines can be reserved from the available stock: all of them or none.
 * Lines of the same SKU are added up first.
 */
public record Allocation(Map<String, Integer> quantities, List<String> shortSkus) {

    public static Allocation plan(Map<String, Integer> requested, Map<String, Integer> available) {
        List<String> short_ = requested.entrySet().stream()
                .filter(line -> available.getOrDefault(line.getKey(), 0) < line.getValue())
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        return new Allocation(new TreeMap<>(requested), short_);
    }

    /** Sums quantities per SKU, in SKU order (the order rows are locked in, so that no two orders deadlock). */
    public static Map<String, Integer> bySku(List<Map.Entry<String, Integer>> lines) {
        Map<String, Integer> quantities = new TreeMap<>();
        lines.forEach(line -> quantities.merge(line.getKey(), line.getValue(), Integer::sum));
        return quantities;
    }

    public boolean fulfillable() {
        return shortSkus.isEmpty();
    }
}
