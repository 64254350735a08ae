package dev.comptoir.fulfillment.returns;

import java.time.OffsetDateTime;

/**
 * What fulfillment knows of one order line: how much of it reached the buyer and when it last did (null if none),
 * and how much of it returns already take back (authorized, or received).
 */
public record LineHistory(String sku, boolean digital, int delivered, OffsetDateTime lastDeliveredAt, int returned) {
}
