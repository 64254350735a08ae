package dev.comptoir.notifications.webhook;

import java.util.List;

/** A new subscription, or the fields to change (null: unchanged). */
public record SubscriptionRequest(String url, List<String> events, String description, Boolean enabled) {
}
