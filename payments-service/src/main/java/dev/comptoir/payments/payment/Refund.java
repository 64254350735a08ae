package dev.comptoir.payments.payment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;

/** A refund asked for an order; its id is the business id, so asking twice refunds once. */
@Entity
@Table(name = "refund")
public class Refund extends PanacheEntityBase {
    @Id
    public String id;
    @Column(name = "payment_id")
    public String paymentId;
    @Column(name = "order_id")
    public String orderId;
    public long amount;
    public String reason;
    @Enumerated(EnumType.STRING)
    public PaymentGateway.RefundStatus status;
    @Column(name = "provider_refund_id")
    public String providerRefundId;
    @Column(name = "failure_reason")
    public String failureReason;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public static List<Refund> forOrder(String orderId) {
        return list("orderId = ?1 order by createdAt", orderId);
    }
}
