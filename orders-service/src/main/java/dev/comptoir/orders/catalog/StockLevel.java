package dev.comptoir.orders.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * How many units of a SKU fulfillment last said were available: a read model of {@code inventory.events}, for the
 * checkout's stock messages and the feed. The reservation itself stays fulfillment's.
 */
@Entity
@Table(name = "stock_level")
public class StockLevel extends PanacheEntityBase {
    @Id
    public String sku;
    public int available;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
