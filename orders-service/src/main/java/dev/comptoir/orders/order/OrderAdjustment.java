package dev.comptoir.orders.order;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A change to the order after purchase, as ACP names them: {@code cancellation}, {@code refund}, {@code return},
 * {@code dispute}; status {@code pending}, {@code completed} or {@code failed}.
 */
@Entity
@Table(name = "order_adjustment")
public class OrderAdjustment extends PanacheEntityBase {
    @Id
    public String id;
    @Column(name = "order_id")
    public String orderId;
    public String type;
    public String status;
    public Long amount;
    public String reason;
    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** Records it, or updates the status of the one with this id. */
    public static OrderAdjustment upsert(String id, String orderId, String type, String status, Long amount,
            String reason) {
        OrderAdjustment adjustment = findById(id);
        OffsetDateTime now = OffsetDateTime.now();
        if (adjustment == null) {
            adjustment = new OrderAdjustment();
            adjustment.id = id;
            adjustment.orderId = orderId;
            adjustment.type = type;
            adjustment.amount = amount;
            adjustment.reason = reason;
            adjustment.occurredAt = now;
            adjustment.status = status;
            adjustment.updatedAt = now;
            adjustment.persist();
        } else {
            adjustment.status = status;
            adjustment.updatedAt = now;
        }
        return adjustment;
    }

    public static List<OrderAdjustment> of(String orderId) {
        return list("orderId = ?1 order by occurredAt, id", orderId);
    }
}
