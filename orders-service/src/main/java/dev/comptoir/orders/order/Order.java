package dev.comptoir.orders.order;

import dev.comptoir.orders.checkout.PricedLine;
import dev.comptoir.orders.pricing.Amounts;
import dev.comptoir.orders.saga.PaymentState;
import dev.comptoir.orders.saga.StockState;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Entity
@Table(name = "orders")
public class Order extends PanacheEntityBase {
    /** The cancel reason when the buyer or the merchant asked for it (POST /orders/{id}/cancel). */
    public static final String CANCELED_ON_REQUEST = "canceled_on_request";

    @Id
    public String id;
    @Version
    public long version;
    @Column(name = "checkout_session_id")
    public String checkoutSessionId;
    /** The agent platform that placed the order: no other agent sees it. */
    @Column(name = "agent_id")
    public String agentId;
    @Enumerated(EnumType.STRING)
    public OrderStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "payment_state")
    public PaymentState paymentState;
    @Enumerated(EnumType.STRING)
    @Column(name = "stock_state")
    public StockState stockState;
    @Column(name = "cancel_reason")
    public String cancelReason;
    /** The payment provider's decline code when the payment failed (card_declined, insufficient_funds, …). */
    @Column(name = "decline_code")
    public String declineCode;
    public String currency;
    /** The buyer's language (BCP 47), from the checkout. */
    public String locale;
    /** The revision of the last {@code OrderUpdated} published, and a digest of its snapshot. */
    public long revision;
    @Column(name = "published_digest")
    public String publishedDigest;
    /** The delivery window of the shipping option chosen at checkout; none when nothing ships. */
    @Column(name = "estimated_delivery_earliest")
    public OffsetDateTime estimatedDeliveryEarliest;
    @Column(name = "estimated_delivery_latest")
    public OffsetDateTime estimatedDeliveryLatest;
    @Embedded
    public Amounts amounts;
    @Column(name = "customer_name")
    public String customerName;
    @Column(name = "customer_email")
    public String customerEmail;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "order_line", joinColumns = @JoinColumn(name = "order_id"))
    @OrderBy("lineId")
    public List<PricedLine> lines = new ArrayList<>();
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /**
     * The order, locked until the transaction ends: saga steps of one order apply one at a time. The row is locked
     * before the order is read: asked to lock while loading an order with its lines, Hibernate reads first and locks
     * after, so a step committed by another consumer in between made this one's update fail.
     */
    public static Optional<Order> lockForUpdate(String id) {
        boolean exists = !getEntityManager().createNativeQuery("select id from orders where id = :id for update")
                .setParameter("id", id).getResultList().isEmpty();
        return exists ? Optional.of(findById(id)) : Optional.empty();
    }
}
