package dev.comptoir.notifications.webhook;

import java.time.OffsetDateTime;
import java.util.Map;

/** The body of a merchant webhook: {@code {"id", "type", "created_at", "data"}}. */
public record MerchantEvent(String id, String type, OffsetDateTime createdAt, Map<String, Object> data) {
}
