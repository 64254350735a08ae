package dev.comptoir.notifications.webhook;

/**
 * A delivery is {@code PENDING} until one attempt succeeds ({@code SUCCEEDED}) or the schedule is exhausted or the
 * endpoint is gone ({@code FAILED}); an ACP order webhook whose newer revision is queued before it could be sent is
 * {@code SUPERSEDED}, since the newer one carries the whole order.
 */
public enum DeliveryStatus {
    PENDING, SUCCEEDED, FAILED, SUPERSEDED
}
