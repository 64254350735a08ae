package dev.comptoir.orders.order;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One step of an order's sagas, with its cause: the order's timeline. */
@Entity
@Table(name = "order_step")
public class OrderStep extends PanacheEntityBase {
    @Id
    public String id;
    @Column(name = "order_id")
    public String orderId;
    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;
    public String step;
    public String detail;

    public static void record(String orderId, String step, String detail) {
        OrderStep entry = new OrderStep();
        entry.id = "step_" + UUID.randomUUID().toString().replace("-", "");
        entry.orderId = orderId;
        entry.occurredAt = OffsetDateTime.now();
        entry.step = step;
        entry.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
        entry.persist();
    }

    /** The order's last step. */
    public static Optional<OrderStep> latest(String orderId) {
        return find("orderId = ?1 order by occurredAt desc, id desc", orderId).firstResultOptional();
    }

    public static List<OrderStep> of(String orderId) {
        return list("orderId = ?1 order by occurredAt, id", orderId);
    }
}
