package dev.comptoir.notifications.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;

/** One event to deliver to one target, with its body as first built: every attempt sends the same bytes. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntityBase {
    @Id
    public String id;
    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind")
    public TargetKind targetKind;
    /** The subscription id (merchant) or the agent platform id (ACP). */
    public String target;
    /** Stable across attempts: the {@code webhook-id} receivers dedupe on. */
    @Column(name = "event_id")
    public String eventId;
    @Column(name = "event_type")
    public String eventType;
    @Column(name = "order_id")
    public String orderId;
    @Column(name = "order_revision")
    public Long orderRevision;
    public String body;
    @Enumerated(EnumType.STRING)
    public DeliveryStatus status;
    @Column(name = "attempt_count")
    public int attemptCount;
    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;
    @Column(name = "claimed_until")
    public OffsetDateTime claimedUntil;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "delivered_at")
    public OffsetDateTime deliveredAt;

    public static List<WebhookDelivery> forTarget(TargetKind kind, String target, int limit) {
        return find("targetKind = ?1 and target = ?2 order by createdAt desc, id", kind, target).page(0, limit)
                .list();
    }

    /**
     * A newer revision of the same order is queued or delivered for the same target, making this one moot (ACP
     * ordering); never for the first revision, the order's creation.
     */
    public boolean hasNewerRevision() {
        return orderRevision != null && orderRevision > 1 && count("targetKind = ?1 and target = ?2 and orderId = ?3 and orderRevision > ?4",
                targetKind, target, orderId, orderRevision) > 0;
    }
}
