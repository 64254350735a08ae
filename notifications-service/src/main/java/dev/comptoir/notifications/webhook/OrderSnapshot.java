package dev.comptoir.notifications.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The latest revision of an order seen in {@code OrderUpdated}: the ACP order as JSON. */
@Entity
@Table(name = "webhook_order_snapshot")
public class OrderSnapshot extends PanacheEntityBase {
    @Id
    @Column(name = "order_id")
    public String orderId;
    @Column(name = "agent_platform")
    public String agentPlatform;
    public long revision;
    public String status;
    public String snapshot;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
