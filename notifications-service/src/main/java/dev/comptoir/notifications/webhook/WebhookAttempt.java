package dev.comptoir.notifications.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

/** One attempt of a delivery, as logged. */
@Entity
@Table(name = "webhook_attempt")
public class WebhookAttempt extends PanacheEntityBase {
    @Id
    public String id;
    @Column(name = "delivery_id")
    public String deliveryId;
    @Column(name = "attempted_at")
    public OffsetDateTime attemptedAt;
    @Column(name = "status_code")
    public Integer statusCode;
    @Column(name = "latency_ms")
    public long latencyMs;
    @Column(name = "response_body")
    public String responseBody;
    public String error;

    public static List<WebhookAttempt> ofDeliveries(Collection<String> deliveryIds) {
        return deliveryIds.isEmpty() ? List.of()
                : list("deliveryId in ?1 order by attemptedAt, id", deliveryIds);
    }
}
