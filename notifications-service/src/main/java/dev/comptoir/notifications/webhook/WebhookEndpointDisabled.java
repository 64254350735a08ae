package dev.comptoir.notifications.webhook;

import java.time.OffsetDateTime;

/**
 * A merchant endpoint was disabled because it is gone (410) or kept failing: fired as a CDI event in the transaction
 * that disables it, for whoever alerts the merchant.
 */
public record WebhookEndpointDisabled(String subscriptionId, String url, String reason, OffsetDateTime disabledAt) {
}
