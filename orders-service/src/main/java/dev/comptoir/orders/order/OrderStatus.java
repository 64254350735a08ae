package dev.comptoir.orders.order;

import java.util.Locale;

/** ACP order statuses this merchant has reached so far. */
public enum OrderStatus {
    CREATED, CONFIRMED, CANCELED;

    public String acpName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
