package dev.comptoir.notifications.webhook;

import java.time.OffsetDateTime;
import java.util.List;

/** A subscription as the merchant sees it; {@code secret} only in the answer that creates it. */
public record SubscriptionView(String id, String url, List<String> events, String description, boolean enabled,
        String disabledReason, OffsetDateTime disabledAt, OffsetDateTime createdAt, OffsetDateTime updatedAt,
        String secret) {

    public static SubscriptionView of(WebhookSubscription subscription) {
        return withSecret(subscription, null);
    }

    public static SubscriptionView withSecret(WebhookSubscription subscription, String secret) {
        return new SubscriptionView(subscription.id, subscription.url, subscription.eventList(),
                subscription.description, subscription.enabled, subscription.disabledReason, subscription.disabledAt,
                subscription.createdAt, subscription.updatedAt, secret);
    }
}
