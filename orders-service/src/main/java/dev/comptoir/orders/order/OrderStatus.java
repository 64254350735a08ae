package dev.comptoir.orders.order;

import java.util.Locale;

/**
 * ACP order statuses: {@code created} (waiting for payment and stock), {@code confirmed}, {@code processing}
 * (shipments prepared), {@code shipped} (a parcel left), {@code completed} (everything delivered), {@code canceled},
 * {@code manual_review} (a dispute, or a refund that keeps failing: a person must look).
 */
public enum OrderStatus {
    CREATED, CONFIRMED, PROCESSING, SHIPPED, COMPLETED, CANCELED, MANUAL_REVIEW;

    public String acpName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
