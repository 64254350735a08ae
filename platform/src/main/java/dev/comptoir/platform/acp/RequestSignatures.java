package dev.comptoir.platform.acp;

import dev.comptoir.platform.auth.AuthenticatedCaller;
import dev.comptoir.platform.errors.ApiError;
import dev.comptoir.platform.errors.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * ACP request signing, per agent platform: when {@code comptoir.auth.agent-signing-secrets} has a secret for the
 * calling agent ({@code <agent id>:<secret>} entries), every request must carry {@code Timestamp} (RFC 3339, within
 * {@code comptoir.auth.signature-tolerance} of now) and {@code Signature}: the base64 HMAC-SHA256, keyed by that secret,
 * of {@code timestamp + "." + body} (the body as UTF-8; empty for a GET). Otherwise 401.
 */
@ApplicationScoped
public class RequestSignatures {
    public static final String SIGNATURE = "Signature";
    public static final String TIMESTAMP = "Timestamp";
    private static final String SECRETS = "comptoir.auth.agent-signing-secrets";

    private final Map<String, byte[]> secretsByAgent = new HashMap<>();
    private final AuthenticatedCaller caller;
    private final Duration tolerance;

    public RequestSignatures(@ConfigProperty(name = SECRETS) Optional<List<String>> secrets,
            @ConfigProperty(name = "comptoir.auth.signature-tolerance") Duration tolerance,
            AuthenticatedCaller caller) {
        for (String entry : secrets.orElse(List.of())) {
            int colon = entry.indexOf(':');
            if (colon < 1 || colon == entry.length() - 1) {
                throw new IllegalArgumentException(SECRETS + " entries are <agent id>:<secret>");
            }
            secretsByAgent.put(entry.substring(0, colon).trim(),
                    entry.substring(colon + 1).getBytes(StandardCharsets.UTF_8));
        }
        this.tolerance = tolerance;
        this.caller = caller;
    }

    public void verify(HttpHeaders headers, String body) {
        byte[] secret = secretsByAgent.get(caller.id());
        if (secret == null) {
            return;
        }
        String timestamp = headers.getHeaderString(TIMESTAMP);
        String signature = headers.getHeaderString(SIGNATURE);
        if (timestamp == null || signature == null) {
            throw unauthorized("This agent signs its requests: Signature and Timestamp headers are required.");
        }
        OffsetDateTime signedAt;
        try {
            signedAt = OffsetDateTime.parse(timestamp.trim());
        } catch (DateTimeParseException e) {
            throw unauthorized("Timestamp is not an RFC 3339 date-time.");
        }
        OffsetDateTime now = OffsetDateTime.now();
        if (signedAt.isBefore(now.minus(tolerance)) || signedAt.isAfter(now.plus(tolerance))) {
            throw unauthorized("Timestamp is more than " + tolerance.toSeconds() + " s away from now.");
        }
        byte[] expected = hmac(secret, timestamp.trim() + "." + (body == null ? "" : body));
        if (!MessageDigest.isEqual(expected, decode(signature.trim()))) {
            throw unauthorized("Signature does not match the request.");
        }
    }

    /** The signature of {@code timestamp + "." + body} under {@code secret}, base64: what a signing agent sends. */
    public static String sign(String secret, String timestamp, String body) {
        return Base64.getEncoder().encodeToString(hmac(secret.getBytes(StandardCharsets.UTF_8),
                timestamp + "." + body));
    }

    private static byte[] hmac(byte[] secret, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] decode(String signature) {
        try {
            return signature.contains("-") || signature.contains("_")
                    ? Base64.getUrlDecoder().decode(signature)
                    : Base64.getDecoder().decode(signature);
        } catch (IllegalArgumentException notBase64) {
            return new byte[0];
        }
    }

    private static ApiException unauthorized(String message) {
        return new ApiException(401, ApiError.invalidRequest("invalid_signature", message, null));
    }
}
