package dev.comptoir.orders.download;

import dev.comptoir.platform.text.Sha256;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A digital delivery's link, {@code <base>/downloads/<token>} (fulfillment makes the token: 24 random bytes in hex), and
 * the licence key each line of it unlocks, derived from the token so that only the link's holder can know it.
 */
public final class DownloadLink {
    private static final Pattern TOKEN = Pattern.compile("[0-9a-f]{48}");
    private static final Pattern URL = Pattern.compile(".*/downloads/(" + TOKEN.pattern() + ")");

    private DownloadLink() {
    }

    public static Optional<String> token(String downloadUrl) {
        if (downloadUrl == null) {
            return Optional.empty();
        }
        Matcher matcher = URL.matcher(downloadUrl);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    public static boolean isToken(String candidate) {
        return candidate != null && TOKEN.matcher(candidate).matches();
    }

    /** {@code XXXX-XXXX-XXXX-XXXX}: the same for the same link and line, unguessable without the link. */
    public static String licenceKey(String token, String lineId) {
        String hex = Sha256.hex(token + ":" + lineId).toUpperCase(Locale.ROOT);
        return hex.substring(0, 4) + "-" + hex.substring(4, 8) + "-" + hex.substring(8, 12) + "-"
                + hex.substring(12, 16);
    }
}
