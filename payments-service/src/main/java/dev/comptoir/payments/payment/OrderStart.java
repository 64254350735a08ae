package dev.comptoir.payments.payment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Which of an order's {@code AuthorizePayment} and {@code OrderCanceled} came first: they travel on two topics, so
 * either may. The first to arrive inserts the row; a concurrent second one waits for it to commit and fails on the
 * primary key, and the inbox applies it again, now seeing the first.
 */
@Entity
@Table(name = "order_start")
public class OrderStart extends PanacheEntityBase {
    public enum First {
        AUTHORIZE_PAYMENT, ORDER_CANCELED
    }

    @Id
    @Column(name = "order_id")
    public String orderId;
    @Enumerated(EnumType.STRING)
    @Column(name = "came_first")
    public First first;
    @Column(name = "started_at")
    public OffsetDateTime startedAt;

    /** What came first for {@code orderId}: the one already recorded, else {@code first}, recorded now. */
    static First record(String orderId, First first) {
        Optional<OrderStart> known = findByIdOptional(orderId);
        if (known.isPresent()) {
            return known.get().first;
        }
        OrderStart start = new OrderStart();
        start.orderId = orderId;
        start.first = first;
        start.startedAt = OffsetDateTime.now();
        start.persist();
        // Now, before any call to the provider: a concurrent twin must wait here, not after the money moved.
        getEntityManager().flush();
        return first;
    }
}
