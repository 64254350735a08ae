package dev.comptoir.platform.errors;

import dev.comptoir.contracts.EmailAddress;
import dev.comptoir.contracts.FieldLimits;

/**
 * The checks of {@link FieldLimits} where a request enters, each refusing with a 400 that names the field
 * ({@code param}, a JSONPath such as {@code $.buyer.email}). Lengths are checked before anything reads the value.
 */
public final class FieldChecks {
    private FieldChecks() {
    }

    /** A value that may be absent, else at most {@code maxLength} characters. */
    public static void maxLength(String value, int maxLength, String param) {
        if (value != null && value.length() > maxLength) {
            throw ApiException.badRequest("invalid", name(param) + " is at most " + maxLength + " characters", param);
        }
    }

    /** An e-mail address that may be absent, else one a mail server takes ({@link EmailAddress}). */
    public static void email(String value, String param) {
        if (value != null && !EmailAddress.isValid(value)) {
            throw ApiException.badRequest("invalid", name(param) + " is not an e-mail address (at most "
                    + FieldLimits.EMAIL + " characters, no spaces)", param);
        }
    }

    /** An amount in minor units that may be absent, else from 0 to {@link FieldLimits#MAX_AMOUNT}. */
    public static void amount(Long value, String param) {
        if (value != null && (value < 0 || value > FieldLimits.MAX_AMOUNT)) {
            throw ApiException.badRequest("invalid", name(param) + " is an amount in minor units from 0 to "
                    + FieldLimits.MAX_AMOUNT, param);
        }
    }

    private static String name(String param) {
        return param.startsWith("$.") ? param.substring(2) : param;
    }
}
