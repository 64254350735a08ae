package dev.comptoir.orders.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** One purchasable variant (a SKU) of a product, with its price in minor units. */
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
    public long price;
    public String currency;
    public boolean active;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public static List<CatalogItem> listActive() {
        return list("active = true order by productId, sku");
    }

    public static List<CatalogItem> listAll() {
        return list("order by productId, sku");
    }

    /** When the catalog last changed, if it has anything. */
    public static Optional<OffsetDateTime> lastUpdate() {
        return Optional.ofNullable(getEntityManager()
                .createQuery("select max(i.updatedAt) from CatalogItem i", OffsetDateTime.class).getSingleResult());
    }

    /** The currencies the catalog sells in, lowercase ISO 4217 codes. */
    public static List<String> currencies() {
        return getEntityManager().createQuery(
                "select distinct lower(i.currency) from CatalogItem i where i.active = true order by 1", String.class)
                .getResultList();
    }
}
