package dev.comptoir.payments.payment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;

/** The payment of one order (at most one: the order id is unique), and its ledger. */
@Entity
@Table(name = "payment")
public class Payment extends PanacheEntityBase {
    @Id
    public String id;
    @Column(name = "order_id")
    public String orderId;
    /** What the order asked, minor units. */
    public long amount;
    public String currency;
    @Enumerated(EnumType.STRING)
    public PaymentStatus status;
    @Column(name = "decline_code")
    public String declineCode;
    @Column(name = "authorized_amount")
    public long authorizedAmount;
    @Column(name = "captured_amount")
    public long capturedAmount;
    @Column(name = "refunded_amount")
    public long refundedAmount;
    public String provider;
    @Column(name = "provider_payment_id")
    public String providerPaymentId;
    @Column(name = "agent_id")
    public String agentId;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public Balance balance() {
        return new Balance(authorizedAmount, capturedAmount, refundedAmount);
    }

    public void apply(Balance balance, PaymentStatus newStatus) {
        authorizedAmount = balance.authorized();
        capturedAmount = balance.captured();
        refundedAmount = balance.refunded();
        status = newStatus;
        updatedAt = OffsetDateTime.now();
    }

    public static Optional<Payment> forOrder(String orderId) {
        return find("orderId", orderId).firstResultOptional();
    }

    /** The payment the provider knows by this id (a Stripe PaymentIntent), locked until the transaction ends. */
    public static Optional<Payment> lockForProviderPayment(String providerPaymentId) {
        return find("providerPaymentId", providerPaymentId).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** The order's payment, locked until the transaction ends: its money moves one step at a time. */
    public static Optional<Payment> lockForOrder(String orderId) {
        return find("orderId", orderId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
