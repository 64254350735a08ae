package dev.comptoir.platform.acp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.comptoir.platform.auth.AuthenticatedCaller;
import dev.comptoir.platform.errors.ApiError;
import dev.comptoir.platform.errors.ApiException;
import dev.comptoir.platform.errors.ErrorMappers;
import dev.comptoir.platform.text.HmacSha256;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * ACP idempotency for POST requests. The {@code Idempotency-Key} is required, scoped to the caller and the endpoint,
 * kept {@code comptoir.idempotency.retention} (24 h; {@link IdempotencyPurge} then deletes it), and echoed on the
 * answer:
 * <ul>
 * <li>same key, same body (compared as JSON: key order and number spelling do not matter): the first answer again,
 * status and body, with {@code Idempotent-Replayed: true}, and no second effect;</li>
 * <li>same key, another body: 422 {@code idempotency_conflict};</li>
 * <li>same key while the first request is still running: 409 {@code idempotency_in_flight} with {@code Retry-After};
 * a request that died without an answer frees its key as soon as its process is known to be gone (its
 * {@link InstanceLease} expired: a kill frees the keys within {@code comptoir.idempotency.lease-ttl}), else after
 * {@code comptoir.idempotency.in-flight-timeout};</li>
 * <li>5xx answers are not kept. A 5xx the action returned frees the key at once; an exception may come after the
 * effect committed, so its key stays in flight until the timeout rather than letting a retry run it twice.</li>
 * </ul>
 * Each claim of a key has its own id: a request that outlived its claim can neither store nor free the key that a
 * retry has claimed since. The body is kept only as a fingerprint keyed by
 * {@code comptoir.idempotency.fingerprint-secret} (an HMAC of its {@link CanonicalJson} digest): a delegate payment
 * body holds a card number and its CVC, which a plain hash would let anyone who reads the table find by trying them.
 */
@ApplicationScoped
public class Idempotency {
    public static final String KEY_HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Logger LOG = Logger.getLogger(Idempotency.class);
    private static final int MAX_KEY_LENGTH = 255;

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final AuthenticatedCaller caller;
    private final InstanceLease lease;
    private final byte[] fingerprintSecret;
    private final Duration retention;
    private final Duration inFlightTimeout;

    public Idempotency(EntityManager entityManager, ObjectMapper objectMapper, AuthenticatedCaller caller,
            InstanceLease lease,
            @ConfigProperty(name = "comptoir.idempotency.fingerprint-secret") String fingerprintSecret,
            @ConfigProperty(name = "comptoir.idempotency.retention") Duration retention,
            @ConfigProperty(name = "comptoir.idempotency.in-flight-timeout") Duration inFlightTimeout) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.caller = caller;
        this.lease = lease;
        this.fingerprintSecret = fingerprintSecret.getBytes(StandardCharsets.UTF_8);
        this.retention = retention;
        this.inFlightTimeout = inFlightTimeout;
    }

    /** Runs {@code action} once per key; {@code endpoint} names it, e.g. {@code POST /checkout_sessions/{id}}. */
    public Response execute(HttpHeaders headers, String endpoint, String body, Supplier<Response> action) {
        String key = headers.getHeaderString(KEY_HEADER);
        if (key == null || key.isBlank()) {
            throw new ApiException(400, ApiError.invalidRequest("idempotency_key_required",
                    "The Idempotency-Key header is required on POST requests.", null));
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw new ApiException(400, ApiError.invalidRequest("invalid_idempotency_key",
                    "The Idempotency-Key header is at most " + MAX_KEY_LENGTH + " characters.", null));
        }
        String scope = caller.id() + " " + endpoint;
        Claim claim = claim(scope, key, fingerprint(body));
        Response response = switch (claim.outcome()) {
            case CONFLICT -> ErrorMappers.response(422, ApiError.invalidRequest("idempotency_conflict",
                    "This Idempotency-Key was used with a different request body.", null));
            case IN_FLIGHT -> Response.fromResponse(ErrorMappers.response(409, ApiError.invalidRequest(
                    "idempotency_in_flight", "A request with this Idempotency-Key is still being processed.",
                    null))).header(HttpHeaders.RETRY_AFTER, 1).build();
            case REPLAY -> Response.status(claim.status()).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(claim.body()).header(REPLAYED_HEADER, "true").build();
            case PROCEED -> run(new Owned(scope, key, claim.claimId()), action);
        };
        return Response.fromResponse(response).header(KEY_HEADER, key).build();
    }

    /** What is stored of the body: 64 hex digits that equal bodies share and that the secret alone can recompute. */
    private String fingerprint(String body) {
        return HexFormat.of().formatHex(HmacSha256.of(fingerprintSecret, CanonicalJson.digest(body)));
    }

    private Response run(Owned record, Supplier<Response> action) {
        Response response;
        try {
            response = action.get();
        } catch (ApiException e) {
            response = ErrorMappers.response(e.status(), e.error());
        }
        if (response.getStatus() >= 500) {
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                    "delete from idempotency_record where scope = :scope and idem_key = :key and claim_id = :claim")
                    .setParameter("scope", record.scope())
                    .setParameter("key", record.key())
                    .setParameter("claim", record.claimId())
                    .executeUpdate());
            return response;
        }
        String json = json(response.getEntity());
        int status = response.getStatus();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                update idempotency_record set state = 'DONE', status = :status, body = :body
                where scope = :scope and idem_key = :key and claim_id = :claim""")
                .setParameter("status", status)
                .setParameter("body", json)
                .setParameter("scope", record.scope())
                .setParameter("key", record.key())
                .setParameter("claim", record.claimId())
                .executeUpdate());
        return Response.fromResponse(response).entity(json).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    private Claim claim(String scope, String key, String fingerprint) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> claimOnce(scope, key, fingerprint));
        } catch (RuntimeException concurrentFirstUse) {
            // Two first uses of one key raced to insert it: the loser now finds the winner's record.
            return QuarkusTransaction.requiringNew().call(() -> claimOnce(scope, key, fingerprint));
        }
    }

    private Claim claimOnce(String scope, String key, String fingerprint) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select request_hash, state, status, body, created_at, owner_instance from idempotency_record
                where scope = :scope and idem_key = :key for update""")
                .setParameter("scope", scope)
                .setParameter("key", key)
                .getResultList();
        OffsetDateTime now = OffsetDateTime.now();
        String claimId = UUID.randomUUID().toString();
        if (rows.isEmpty()) {
            entityManager.createNativeQuery("""
                    insert into idempotency_record (scope, idem_key, request_hash, state, claim_id, owner_instance,
                    created_at) values (:scope, :key, :hash, 'IN_FLIGHT', :claim, :owner, :now)""")
                    .setParameter("scope", scope)
                    .setParameter("key", key)
                    .setParameter("hash", fingerprint)
                    .setParameter("claim", claimId)
                    .setParameter("owner", lease.instanceId())
                    .setParameter("now", now)
                    .executeUpdate();
            return Claim.proceed(claimId);
        }
        Object[] row = rows.get(0);
        boolean inFlight = "IN_FLIGHT".equals(row[1]);
        OffsetDateTime createdAt = toOffsetDateTime(row[4]);
        String owner = (String) row[5];
        boolean ownerGone = inFlight && owner != null && !lease.isAlive(owner);
        boolean expired = createdAt.plus(retention).isBefore(now)
                || (inFlight && (ownerGone || createdAt.plus(inFlightTimeout).isBefore(now)));
        if (expired) {
            if (ownerGone) {
                LOG.infof("Idempotency key claimed %s ago by a process that is gone (instance %s): claimed anew",
                        Duration.between(createdAt, now), owner);
            }
            entityManager.createNativeQuery("""
                    update idempotency_record set request_hash = :hash, state = 'IN_FLIGHT', status = null,
                    body = null, claim_id = :claim, owner_instance = :owner, created_at = :now
                    where scope = :scope and idem_key = :key""")
                    .setParameter("hash", fingerprint)
                    .setParameter("claim", claimId)
                    .setParameter("owner", lease.instanceId())
                    .setParameter("now", now)
                    .setParameter("scope", scope)
                    .setParameter("key", key)
                    .executeUpdate();
            return Claim.proceed(claimId);
        }
        if (!fingerprint.equals(row[0])) {
            return new Claim(Outcome.CONFLICT, null, 0, null);
        }
        if (inFlight) {
            return new Claim(Outcome.IN_FLIGHT, null, 0, null);
        }
        return new Claim(Outcome.REPLAY, null, ((Number) row[2]).intValue(), (String) row[3]);
    }

    private String json(Object entity) {
        try {
            return entity instanceof String text ? text : objectMapper.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OffsetDateTime toOffsetDateTime(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }

    private enum Outcome {
        PROCEED, REPLAY, CONFLICT, IN_FLIGHT
    }

    private record Claim(Outcome outcome, String claimId, int status, String body) {
        static Claim proceed(String claimId) {
            return new Claim(Outcome.PROCEED, claimId, 0, null);
        }
    }

    /** The record this request claimed: only this claim may complete or free it. */
    private record Owned(String scope, String key, String claimId) {
    }
}
