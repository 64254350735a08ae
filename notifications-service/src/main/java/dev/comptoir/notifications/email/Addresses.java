package dev.comptoir.notifications.email;

import java.util.regex.Pattern;

/** E-mail addresses as logs may show them: the domain, and only the first letter of the mailbox. */
final class Addresses {
    private static final Pattern ADDRESS = Pattern.compile("([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+)");

    private Addresses() {
    }

    static String masked(String text) {
        return text == null ? null : ADDRESS.matcher(text).replaceAll("$1***@$2");
    }
}
