package dev.comptoir.platform.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256: token hashes, body fingerprints and digests, snapshot digests. */
public final class Sha256 {
    private Sha256() {
    }

    /** Of a text's UTF-8 bytes, in lower-case hex. */
    public static String hex(String text) {
        return HexFormat.of().formatHex(of(text.getBytes(StandardCharsets.UTF_8)));
    }

    public static byte[] of(byte[] bytes) {
        return newDigest().digest(bytes);
    }

    /** A digest to feed piece by piece. */
    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every JVM has SHA-256", impossible);
        }
    }
}
