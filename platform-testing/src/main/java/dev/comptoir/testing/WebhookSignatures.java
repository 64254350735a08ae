package dev.comptoir.testing;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The receiver's side of the signatures, written from the specifications, independently of the production code. */
public final class WebhookSignatures {
    private WebhookSignatures() {
    }

    /** Standard Webhooks: any {@code v1,} entry of the header matching HMAC-SHA256(id.timestamp.body). */
    public static boolean standardWebhookValid(String secret, String id, String timestamp, String body,
            String header) {
        String expected = "v1," + Base64.getEncoder().encodeToString(
                hmac(Base64.getDecoder().decode(secret.substring("whsec_".length())),
                        id + "." + timestamp + "." + body));
        return List.of(header.split(" ")).contains(expected);
    }

    /** ACP Merchant-Signature: {@code t=<unix>,v1=<hex HMAC-SHA256(t.body) keyed by the secret's UTF-8>}. */
    public static boolean merchantSignatureValid(String secret, String body, String header) {
        String[] parts = header.split(",");
        if (parts.length != 2 || !parts[0].startsWith("t=") || !parts[1].startsWith("v1=")) {
            return false;
        }
        String timestamp = parts[0].substring(2);
        String expected = HexFormat.of().formatHex(hmac(secret.getBytes(StandardCharsets.UTF_8),
                timestamp + "." + body));
        return expected.equals(parts[1].substring(3))
                && Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(timestamp)) < 300;
    }

    /** The sender's side of a Stripe webhook: {@code Stripe-Signature: t=<unix>,v1=<hex HMAC-SHA256(t.body)>}. */
    public static String stripeSignature(String secret, long timestamp, String body) {
        return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(hmac(secret.getBytes(StandardCharsets.UTF_8),
                timestamp + "." + body));
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
