package dev.comptoir.orders.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.comptoir.orders.catalog.CatalogItem.CustomizationField;
import dev.comptoir.orders.catalog.CatalogItem.VariantOption;
import dev.comptoir.orders.discount.Coupon;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo catalog and its coupons (resources/demo) into an empty catalog when {@code comptoir.demo.catalog} is
 * on (local stack, tests).
 */
@ApplicationScoped
public class DemoCatalog {
    private final ObjectMapper objectMapper;
    private final boolean enabled;

    public DemoCatalog(ObjectMapper objectMapper, @ConfigProperty(name = "comptoir.demo.catalog") boolean enabled) {
        this.objectMapper = objectMapper;
        this.enabled = enabled;
    }

    @Transactional
    void load(@Observes StartupEvent startup) {
        if (!enabled || CatalogItem.count() > 0) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now();
        for (DemoItem demo : read("/demo/catalog.json", DemoItem.class)) {
            CatalogItem item = new CatalogItem();
            item.sku = demo.sku();
            item.productId = demo.productId();
            item.productTitle = demo.productTitle();
            item.title = demo.title();
            item.description = demo.description();
            item.prices = new TreeMap<>(demo.prices());
            item.weightGrams = demo.weightGrams();
            item.digital = demo.digital();
            item.imageUrl = demo.imageUrl();
            item.maxQuantityPerOrder = demo.maxQuantityPerOrder();
            item.variantOptions = demo.variantOptions();
            item.customizationFields = demo.customizationFields();
            item.active = true;
            item.updatedAt = now;
            item.persist();
        }
        for (DemoCoupon demo : read("/demo/coupons.json", DemoCoupon.class)) {
            Coupon coupon = new Coupon();
            coupon.code = demo.code().toUpperCase(Locale.ROOT);
            coupon.name = demo.name();
            coupon.percentOff = demo.percentOff();
            coupon.amountOff = demo.amountOff();
            coupon.currency = demo.currency();
            coupon.minimumAmount = demo.minimumAmount();
            coupon.endsAt = demo.endsAt();
            coupon.active = demo.active();
            coupon.persist();
        }
    }

    private <T> List<T> read(String resource, Class<T> type) {
        try (InputStream json = getClass().getResourceAsStream(resource)) {
            return objectMapper.readValue(json,
                    objectMapper.getTypeFactory().constructCollectionType(List.class, type));
        } catch (IOException e) {
            throw new UncheckedIOException("The demo data " + resource + " cannot be read", e);
        }
    }

    record DemoItem(String sku, String productId, String productTitle, String title, String description,
            Map<String, Long> prices, int weightGrams, boolean digital, String imageUrl, Integer maxQuantityPerOrder,
            List<VariantOption> variantOptions, List<CustomizationField> customizationFields) {
    }

    record DemoCoupon(String code, String name, Integer percentOff, Long amountOff, String currency,
            long minimumAmount, OffsetDateTime endsAt, boolean active) {
    }
}
