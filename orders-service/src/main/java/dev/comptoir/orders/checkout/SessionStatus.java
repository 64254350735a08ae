package dev.comptoir.orders.checkout;

import java.util.Locale;

/** ACP checkout session statuses that this merchant uses. */
public enum SessionStatus {
    NOT_READY_FOR_PAYMENT, READY_FOR_PAYMENT, COMPLETED, CANCELED;

    public String acpName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
