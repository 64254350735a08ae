package dev.comptoir.fulfillment.returns;

import java.util.Locale;

/** {@code AUTHORIZED} (the buyer may send the goods) → {@code RECEIVED}; {@code REJECTED} ends there. */
public enum ReturnStatus {
    AUTHORIZED, REJECTED, RECEIVED;

    /** Whether the warehouse may book goods received against a return in this status. */
    public boolean awaitsGoods() {
        return this == AUTHORIZED;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
