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

/** The payment of one order (at most one: the order id is unique). */
@Entity
@Table(name = "payment")
public class Payment extends PanacheEntityBase {
    @Id
    public String id;
    @Column(name = "order_id")
    public String orderId;
    public String token;
    public long amount;
    public String currency;
    @Enumerated(EnumType.STRING)
    public PaymentStatus status;
    @Column(name = "decline_code")
    public String declineCode;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public static Optional<Payment> forOrder(String orderId) {
        return find("orderId", orderId).firstResultOptional();
    }
}
