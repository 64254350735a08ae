package dev.comptoir.orders.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The catalog as ACP feed products: one product per product id, its SKUs as variants, priced in the feed's currency
 * (a SKU not sold in it is left out).
 */
public final class ProductFeed {
    private ProductFeed() {
    }

    /**
     * {@code available} is stock by SKU as fulfillment last reported it (absent: not known, listed in stock); at or
     * below {@code lowStockThreshold} a variant is {@code limited_stock}.
     */
    public static List<FeedProduct> products(List<CatalogItem> items, String baseUrl, String currency,
            Map<String, Integer> available, int lowStockThreshold) {
        Map<String, List<CatalogItem>> byProduct = new LinkedHashMap<>();
        items.stream().filter(item -> item.prices.containsKey(currency))
                .forEach(item -> byProduct.computeIfAbsent(item.productId, id -> new ArrayList<>()).add(item));
        return byProduct.values().stream().map(variants -> {
            CatalogItem first = variants.get(0);
            String url = baseUrl + "/products/" + first.productId;
            return new FeedProduct(first.productId, first.productTitle, new Description(first.description), url,
                    variants.stream().map(item -> new Variant(item.sku, item.title, new Description(item.description),
                            url + "?variant=" + item.sku,
                            new Price(item.prices.get(currency), currency.toUpperCase(Locale.ROOT)),
                            availability(item, available.get(item.sku), lowStockThreshold),
                            item.variantOptions().stream().map(option -> new Option(option.name(), option.value()))
                                    .toList(),
                            item.imageUrl == null ? List.of()
                                    : List.of(new Media("image", imageUrl(item, baseUrl), item.title))))
                            .toList());
        }).toList();
    }

    private static Availability availability(CatalogItem item, Integer available, int lowStockThreshold) {
        if (item.digital || available == null || available > lowStockThreshold) {
            return new Availability(true, "in_stock");
        }
        return available <= 0 ? new Availability(false, "out_of_stock") : new Availability(true, "limited_stock");
    }

    /** Demo images are paths on this shop; a merchant's may be anywhere. */
    public static String imageUrl(CatalogItem item, String baseUrl) {
        return item.imageUrl == null || !item.imageUrl.startsWith("/") ? item.imageUrl : baseUrl + item.imageUrl;
    }

    public record FeedProduct(String id, String title, Description description, String url, List<Variant> variants) {
    }

    public record Variant(String id, String title, Description description, String url, Price price,
            Availability availability, List<Option> variantOptions, List<Media> media) {
    }

    public record Description(String plain) {
    }

    public record Price(long amount, String currency) {
    }

    public record Availability(boolean available, String status) {
    }

    public record Option(String name, String value) {
    }

    public record Media(String type, String url, String altText) {
    }
}
