package dev.comptoir.notifications.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** A merchant endpoint subscribed to some event types; its secrets are stored encrypted ({@link SecretCipher}). */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends PanacheEntityBase {
    @Id
    public String id;
    public String url;
    /** Comma-separated event type names, or {@code *}. */
    public String events;
    public String description;
    public boolean enabled;
    public String secret;
    @Column(name = "previous_secret")
    public String previousSecret;
    @Column(name = "previous_secret_expires_at")
    public OffsetDateTime previousSecretExpiresAt;
    @Column(name = "failing_since")
    public OffsetDateTime failingSince;
    @Column(name = "disabled_reason")
    public String disabledReason;
    @Column(name = "disabled_at")
    public OffsetDateTime disabledAt;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public List<String> eventList() {
        return Arrays.asList(events.split(","));
    }

    public boolean wants(MerchantEventType type) {
        List<String> wanted = eventList();
        return wanted.contains(MerchantEventType.ALL) || wanted.contains(type.wireName());
    }

    public static List<WebhookSubscription> enabledFor(MerchantEventType type) {
        return WebhookSubscription.<WebhookSubscription>list("enabled = true").stream()
                .filter(subscription -> subscription.wants(type)).toList();
    }
}
