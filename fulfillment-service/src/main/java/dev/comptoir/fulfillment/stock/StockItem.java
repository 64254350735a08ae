package dev.comptoir.fulfillment.stock;

import dev.comptoir.contracts.fulfillment.InventoryLevelChanged;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;

@Entity
@Table(name = "stock_item")
public class StockItem extends PanacheEntityBase {
    @Id
    public String sku;
    @Column(name = "on_hand")
    public int onHand;
    public int reserved;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public int available() {
        return onHand - reserved;
    }

    /** The level as it is now, to publish after a change. */
    public InventoryLevelChanged levelChanged() {
        return new InventoryLevelChanged(sku, onHand, reserved, available());
    }

    /** The row, locked until the transaction ends: concurrent reservations of one SKU take turns. */
    public static Optional<StockItem> lockForUpdate(String sku) {
        return findByIdOptional(sku, LockModeType.PESSIMISTIC_WRITE);
    }
}
