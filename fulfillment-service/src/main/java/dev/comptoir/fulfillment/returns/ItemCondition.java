package dev.comptoir.fulfillment.returns;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a returned item came back: {@code resellable} goes back to stock, {@code damaged} does not. */
public enum ItemCondition {
    RESELLABLE, DAMAGED;

    public static Optional<ItemCondition> of(String code) {
        return Arrays.stream(values()).filter(condition -> condition.code().equals(code)).findFirst();
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
