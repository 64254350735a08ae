package dev.comptoir.contracts;

/**
 * Whether a string is an address a mail server will take: one '@', a local part of 1 to 64 characters and a domain
 * with a dot inside it, no whitespace or control characters (a CR/LF would forge mail headers), at most
 * {@link FieldLimits#EMAIL} characters. One pass over the characters, after the length check: no input makes it slow.
 */
public final class EmailAddress {
    private EmailAddress() {
    }

    public static boolean isValid(String address) {
        if (address == null || address.isEmpty() || address.length() > FieldLimits.EMAIL) {
            return false;
        }
        int at = -1;
        int lastDot = -1;
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
                return false;
            }
            if (c == '@') {
                if (at >= 0) {
                    return false;
                }
                at = i;
            } else if (c == '.' && at >= 0) {
                lastDot = i;
            }
        }
        return at >= 1 && at <= FieldLimits.EMAIL_LOCAL_PART && lastDot > at + 1 && lastDot < address.length() - 1;
    }
}
