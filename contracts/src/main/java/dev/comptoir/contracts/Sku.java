package dev.comptoir.contracts;

import java.util.regex.Pattern;

/** What a SKU is, for every service that names one: letters, digits, '.', '_' or '-', not starting with a sign. */
public final class Sku {
    public static final String RULE = "A SKU is 1 to " + FieldLimits.SKU
            + " letters, digits, '.', '_' or '-', starting with a letter or a digit.";
    private static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0," + (FieldLimits.SKU - 1) + "}");

    private Sku() {
    }

    public static boolean isValid(String sku) {
        return sku != null && PATTERN.matcher(sku).matches();
    }
}
