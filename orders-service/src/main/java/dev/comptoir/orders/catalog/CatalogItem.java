package dev.comptoir.orders.catalog;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.comptoir.orders.storage.JsonColumn;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** One purchasable variant (a SKU) of a product, with its price in minor units of each currency it is sold in. */
@Entity
@Table(name = "catalog_item")
public class CatalogItem extends PanacheEntityBase {
    @Id
    public String sku;
    @Column(name = "product_id")
    public String productId;
    @Column(name = "product_title")
    public String productTitle;
    public String title;
    public String description;
    /** Currency (lowercase ISO 4217) to price in its minor units. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "catalog_item_price", joinColumns = @JoinColumn(name = "sku"))
    @MapKeyColumn(name = "currency")
    @Column(name = "amount")
    public Map<String, Long> prices = new TreeMap<>();
    /** Shipping weight of one unit; digital goods weigh nothing and are not shipped. */
    @Column(name = "weight_grams")
    public int weightGrams;
    public boolean digital;
    @Column(name = "image_url")
    public String imageUrl;
    /** How many one order may hold, if limited. */
    @Column(name = "max_quantity_per_order")
    public Integer maxQuantityPerOrder;
    @Convert(converter = VariantOptionsJson.class)
    @Column(name = "variant_options")
    public List<VariantOption> variantOptions;
    /** What the buyer personalises (an engraving), collected at checkout. */
    @Convert(converter = CustomizationFieldsJson.class)
    @Column(name = "customization_fields")
    public List<CustomizationField> customizationFields;
    public boolean active;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public record VariantOption(String name, String value) {
    }

    /** A value the buyer provides for this item, at most {@code maxLength} characters. */
    public record CustomizationField(String id, String label, int maxLength, boolean required) {
    }

    public List<VariantOption> variantOptions() {
        return variantOptions == null ? List.of() : variantOptions;
    }

    public List<CustomizationField> customizationFields() {
        return customizationFields == null ? List.of() : customizationFields;
    }

    public static List<CatalogItem> listActive() {
        return list("active = true order by productId, sku");
    }

    public static List<CatalogItem> listAll() {
        return list("order by productId, sku");
    }

    public static Map<String, CatalogItem> bySku(Collection<String> skus) {
        if (skus.isEmpty()) {
            return Map.of();
        }
        return CatalogItem.<CatalogItem>list("sku in ?1", skus).stream()
                .collect(Collectors.toMap(item -> item.sku, item -> item));
    }

    /** When the catalog last changed, if it has anything. */
    public static Optional<OffsetDateTime> lastUpdate() {
        return Optional.ofNullable(getEntityManager()
                .createQuery("select max(i.updatedAt) from CatalogItem i", OffsetDateTime.class).getSingleResult());
    }

    /** The currencies the catalog sells in, lowercase ISO 4217 codes. */
    public static List<String> currencies() {
        return getEntityManager().createNativeQuery("""
                select distinct p.currency from catalog_item_price p join catalog_item i on i.sku = p.sku
                where i.active = true order by 1""", String.class).getResultList();
    }

    public static class VariantOptionsJson extends JsonColumn<List<VariantOption>> {
        public VariantOptionsJson() {
            super(new TypeReference<>() {
            });
        }
    }

    public static class CustomizationFieldsJson extends JsonColumn<List<CustomizationField>> {
        public CustomizationFieldsJson() {
            super(new TypeReference<>() {
            });
        }
    }
}
