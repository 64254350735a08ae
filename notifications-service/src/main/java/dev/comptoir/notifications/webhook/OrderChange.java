package dev.comptoir.notifications.webhook;

import dev.comptoir.contracts.orders.OrderUpdated;
import java.util.Map;

/**
 * A newer revision of an order than any seen before, with the one before it (null fields when none was seen). Fired
 * as a CDI event in the inbox transaction, for the ACP order webhooks.
 */
public record OrderChange(String previousStatus, Map<String, Object> previousOrder, OrderUpdated update) {
}
