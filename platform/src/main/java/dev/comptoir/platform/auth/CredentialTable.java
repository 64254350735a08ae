package dev.comptoir.platform.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The credentials of one kind of caller, configured as {@code <caller id>:<SHA-256 of its token, hex>} entries.
 * A caller may have several tokens (rotation): its identity, and so what it owns, is the id, not the token.
 */
final class CredentialTable {
    private final List<Entry> entries;

    private CredentialTable(List<Entry> entries) {
        this.entries = entries;
    }

    static CredentialTable parse(String property, List<String> configured) {
        return new CredentialTable(configured.stream().map(String::trim).filter(entry -> !entry.isEmpty())
                .map(entry -> {
                    int colon = entry.indexOf(':');
                    String hash = colon < 0 ? "" : entry.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
                    if (colon < 1 || !hash.matches("[0-9a-f]{64}")) {
                        throw new IllegalArgumentException(property
                                + " entries are <caller id>:<sha-256 of the token, 64 hex digits>");
                    }
                    return new Entry(entry.substring(0, colon).trim(), hash.getBytes(StandardCharsets.US_ASCII));
                }).toList());
    }

    /** The id of the caller whose token has this hash, compared in constant time. */
    Optional<String> callerWithTokenHash(String hash) {
        byte[] candidate = hash.getBytes(StandardCharsets.US_ASCII);
        String found = null;
        for (Entry entry : entries) {
            if (MessageDigest.isEqual(entry.hash(), candidate)) {
                found = entry.callerId();
            }
        }
        return Optional.ofNullable(found);
    }

    private record Entry(String callerId, byte[] hash) {
    }
}
