package dev.comptoir.contracts;

import java.util.regex.Pattern;

/** What a SKU is, for every service that names one: 1 to 100 letters, digits, '.', '_' or '-', not starting with a sign. */
public final class Sku {
    private static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private Sku() {
    }

    public static boolean isValid(String sku) {
        return sku != null && PATTERN.matcher(sku).matches();
    }
}
