package dev.comptoir.platform.text;

import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256: request signatures, keyed fingerprints of request bodies. */
public final class HmacSha256 {
    private HmacSha256() {
    }

    public static byte[] of(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("Every JVM has HmacSHA256", impossible);
        }
    }
}
