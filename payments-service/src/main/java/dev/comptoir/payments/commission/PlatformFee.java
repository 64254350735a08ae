package dev.comptoir.payments.commission;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One movement of an agent platform's commission: a {@code commission} on a capture (positive) or a
 * {@code reversal} on a refund (negative). One per source (the payment captured, the refund): never recorded twice.
 */
@Entity
@Table(name = "platform_fee")
public class PlatformFee extends PanacheEntityBase {
    public static final String COMMISSION = "commission";
    public static final String REVERSAL = "reversal";

    @Id
    public String id;
    @Column(name = "agent_id")
    public String agentId;
    @Column(name = "order_id")
    public String orderId;
    public String kind;
    @Column(name = "source_id")
    public String sourceId;
    public long amount;
    public String currency;
    @Column(name = "rate_basis_points")
    public int rateBasisPoints;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
