package dev.comptoir.fulfillment.returns;

import java.util.Locale;

/** Why a return is not eligible: the {@code reason} of {@code ReturnRejected}. */
public enum Rejection {
    /** A digital line: a download cannot be sent back. */
    NOT_RETURNABLE,
    /** A line we never delivered: not shipped yet, still on its way, canceled, or not of this order. */
    NOT_DELIVERED,
    RETURN_WINDOW_EXPIRED,
    /** More than was delivered of a line, less what earlier returns of it already took back. */
    QUANTITY_EXCEEDS_DELIVERED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
