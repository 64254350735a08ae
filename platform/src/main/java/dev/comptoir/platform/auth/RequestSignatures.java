package dev.comptoir.platform.auth;

import dev.comptoir.platform.errors.ApiError;
import dev.comptoir.platform.errors.ErrorMappers;
import dev.comptoir.platform.text.HmacSha256;
import dev.comptoir.platform.text.Sha256;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Request signing, per agent platform: when {@code comptoir.auth.agent-signing-secrets} has a secret for the calling
 * agent ({@code <agent id>:<secret>} entries), every request it makes, to any endpoint, must carry {@code Timestamp}
 * (RFC 3339, within {@code comptoir.auth.signature-tolerance} of now) and {@code Signature}: the base64 HMAC-SHA256,
 * keyed by that secret, of the {@link #canonicalString canonical string} of the request, which binds its method,
 * path, query, {@code Idempotency-Key}, timestamp and body. A signature is accepted once ({@link SeenSignatures}).
 * Otherwise 401 {@code invalid_signature}.
 */
public class RequestSignatures {
    public static final String SIGNATURE = "Signature";
    public static final String TIMESTAMP = "Timestamp";
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final String SECRETS = "comptoir.auth.agent-signing-secrets";

    private final Map<String, byte[]> secretsByAgent = new HashMap<>();
    private final AuthenticatedCaller caller;
    private final SeenSignatures seen;
    private final Duration tolerance;

    public RequestSignatures(@ConfigProperty(name = SECRETS) Optional<List<String>> secrets,
            @ConfigProperty(name = "comptoir.auth.signature-tolerance") Duration tolerance,
            AuthenticatedCaller caller, SeenSignatures seen) {
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
        this.seen = seen;
    }

    /** After {@link BearerTokenFilter} told who calls, with the body read (and given back to the endpoint). */
    @ServerRequestFilter(priority = Priorities.AUTHENTICATION + 1, readBody = true)
    public Optional<Response> verify(ContainerRequestContext request, HttpServerRequest http) throws IOException {
        byte[] secret = caller.role() == Caller.AGENT ? secretsByAgent.get(caller.id()) : null;
        if (secret == null) {
            return Optional.empty();
        }
        byte[] body = body(request, http);
        String timestamp = request.getHeaderString(TIMESTAMP);
        String signature = request.getHeaderString(SIGNATURE);
        if (timestamp == null || signature == null) {
            return unauthorized("This agent signs its requests: Signature and Timestamp headers are required.");
        }
        OffsetDateTime signedAt;
        try {
            signedAt = OffsetDateTime.parse(timestamp);
        } catch (DateTimeParseException e) {
            return unauthorized("Timestamp is not an RFC 3339 date-time.");
        }
        OffsetDateTime now = OffsetDateTime.now();
        if (signedAt.isBefore(now.minus(tolerance)) || signedAt.isAfter(now.plus(tolerance))) {
            return unauthorized("Timestamp is more than " + tolerance.toSeconds() + " s away from now.");
        }
        byte[] expected = HmacSha256.of(secret, canonicalString(http.method().name(), http.path(), http.query(),
                request.getHeaderString(IDEMPOTENCY_KEY), timestamp, body).getBytes(StandardCharsets.UTF_8));
        if (!MessageDigest.isEqual(expected, decode(signature.trim()))) {
            return unauthorized("Signature does not match the request.");
        }
        if (!seen.firstUse(expected, signedAt.plus(tolerance))) {
            return unauthorized("This signature was already used: sign each request, and each retry, anew.");
        }
        return Optional.empty();
    }

    /** The body as sent, given back to the endpoint to read. */
    private static byte[] body(ContainerRequestContext request, HttpServerRequest http) throws IOException {
        String length = http.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (http.getHeader(HttpHeaders.TRANSFER_ENCODING) == null && (length == null || length.trim().equals("0"))) {
            return new byte[0];
        }
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        return body;
    }

    /**
     * What is signed: six lines joined by {@code \n} (no final one): the method in upper case; the path as sent
     * (percent-encoded as on the wire); the query as sent, without {@code ?} (empty if none); the
     * {@code Idempotency-Key} (empty if none); the {@code Timestamp} as sent; the SHA-256 of the body bytes, in
     * lower-case hex (of nothing for a request without a body).
     */
    public static String canonicalString(String method, String path, String query, String idempotencyKey,
            String timestamp, byte[] body) {
        return String.join("\n", method.toUpperCase(Locale.ROOT), path, query == null ? "" : query,
                idempotencyKey == null ? "" : idempotencyKey, timestamp, HexFormat.of().formatHex(Sha256.of(body)));
    }

    /** The {@code Signature} of a request with this canonical string: what a signing agent sends. */
    public static String sign(String secret, String canonicalString) {
        return Base64.getEncoder().encodeToString(HmacSha256.of(secret.getBytes(StandardCharsets.UTF_8),
                canonicalString.getBytes(StandardCharsets.UTF_8)));
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

    private static Optional<Response> unauthorized(String message) {
        return Optional.of(ErrorMappers.response(401, ApiError.invalidRequest("invalid_signature", message, null)));
    }
}
