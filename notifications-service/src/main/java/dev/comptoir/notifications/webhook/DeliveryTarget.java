package dev.comptoir.notifications.webhook;

import java.time.Instant;

/**
 * One kind of delivery target: where its deliveries go and how they are signed, and what its attempts' outcomes mean
 * for it. Both kinds share one queue and one worker ({@link Deliveries}, {@link DeliveryWorker}).
 */
public interface DeliveryTarget {
    TargetKind kind();

    /** The request for an attempt at {@code now}, signed, or why it cannot be sent at all. */
    Prepared prepare(WebhookDelivery delivery, Instant now);

    /** In the transaction that records a successful attempt. */
    void succeeded(WebhookDelivery delivery, AttemptResult result);

    /** In the transaction that records a failed attempt. */
    void failed(WebhookDelivery delivery, AttemptResult result);

    /** Either the request to send or the reason it cannot be. */
    record Prepared(OutboundRequest request, String unsendable) {
        public static Prepared send(OutboundRequest request) {
            return new Prepared(request, null);
        }

        public static Prepared unsendable(String reason) {
            return new Prepared(null, reason);
        }
    }
}
