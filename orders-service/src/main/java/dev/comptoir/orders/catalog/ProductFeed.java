package dev.comptoir.orders.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The catalog as ACP feed products: one product per product id, its SKUs as variants. */
public final class ProductFeed {
    private ProductFeed() {
    }

    public static List<FeedProduct> products(List<CatalogItem> items, String baseUrl) {
        Map<String, List<CatalogItem>> byProduct = new LinkedHashMap<>();
        items.forEach(item -> byProduct.computeIfAbsent(item.productId, id -> new ArrayList<>()).add(item));
        return byProduct.values().stream().map(variants -> {
            CatalogItem first = variants.get(0);
            String url = baseUrl + "/products/" + first.productId;
            return new FeedProduct(first.productId, first.productTitle, new Description(first.description), url,
                    variants.stream().map(item -> new Variant(item.sku, item.title, new Description(item.description),
                            url + "?variant=" + item.sku,
                            new Price(item.price, item.currency.toUpperCase(Locale.ROOT)),
                            new Availability(true, "in_stock"))).toList());
        }).toList();
    }

    public record FeedProduct(String id, String title, Description description, String url, List<Variant> variants) {
    }

    public record Variant(String id, String title, Description description, String url, Price price,
            Availability availability) {
    }

    public record Description(String plain) {
    }

    public record Price(long amount, String currency) {
    }

    public record Availability(boolean available, String status) {
    }
}
