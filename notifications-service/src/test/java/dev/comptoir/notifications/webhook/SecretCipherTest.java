package dev.comptoir.notifications.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretCipherTest {
    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @Test
    void encryptedSecretDecryptsAndShowsNothingOfTheSecret() {
        SecretCipher cipher = new SecretCipher(KEY);
        String secret = StandardWebhookSignature.newSecret();
        String stored = cipher.encrypt(secret);
        assertFalse(stored.contains(secret.substring(6)));
        assertNotEquals(stored, cipher.encrypt(secret), "each encryption has its own nonce");
        assertEquals(secret, cipher.decrypt(stored));
    }

    @Test
    void tamperedCiphertextOrAnotherKeyDoesNotDecrypt() {
        SecretCipher cipher = new SecretCipher(KEY);
        String stored = cipher.encrypt("whsec_abc");
        byte[] bytes = Base64.getDecoder().decode(stored.substring(3));
        bytes[bytes.length - 1] ^= 1;
        assertThrows(IllegalStateException.class,
                () -> cipher.decrypt("v1:" + Base64.getEncoder().encodeToString(bytes)));
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;
        assertThrows(IllegalStateException.class,
                () -> new SecretCipher(Base64.getEncoder().encodeToString(otherKey)).decrypt(stored));
    }

    @Test
    void keyMustBeThirtyTwoBytesOfBase64() {
        assertThrows(IllegalArgumentException.class,
                () -> new SecretCipher(Base64.getEncoder().encodeToString(new byte[16])));
        assertThrows(IllegalArgumentException.class, () -> new SecretCipher("not base64!"));
    }
}
