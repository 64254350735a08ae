package dev.comptoir.notifications.webhook;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Encrypts the subscriptions' signing secrets (and the dead-lettered records) for the database with AES-256-GCM under
 * {@code comptoir.webhooks.secret-key} (base64 of 32 bytes): a leaked database or backup leaks no secret. Each value
 * gets its own random 12-byte nonce, stored in front of the ciphertext; a tampered value fails to decrypt.
 * Started eagerly so that a missing or malformed key stops the service at start, not at the first delivery.
 */
@Startup
@ApplicationScoped
public class SecretCipher {
    private static final String FORMAT = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    public SecretCipher(@ConfigProperty(name = "comptoir.webhooks.secret-key") String base64Key) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64Key.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("comptoir.webhooks.secret-key must be base64 of 32 bytes");
        }
        if (bytes.length != 32) {
            throw new IllegalArgumentException("comptoir.webhooks.secret-key must be base64 of 32 bytes, not "
                    + bytes.length);
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    public String encrypt(String plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return FORMAT + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt a webhook secret", e);
        }
    }

    public String decrypt(String stored) {
        if (!stored.startsWith(FORMAT)) {
            throw new IllegalStateException("Unknown webhook secret format");
        }
        byte[] bytes = Base64.getDecoder().decode(stored.substring(FORMAT.length()));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "A webhook secret or a dead letter cannot be decrypted (wrong comptoir.webhooks.secret-key?)", e);
        }
    }
}
