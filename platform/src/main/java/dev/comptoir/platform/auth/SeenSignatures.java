package dev.comptoir.platform.auth;

import dev.comptoir.platform.errors.SqlFailure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HexFormat;

/**
 * The request signatures used within their validity, in the database that every replica shares: a signature is
 * accepted once. Each row is kept until its timestamp is too old to be accepted anyway, then purged every
 * {@code comptoir.auth.signature-tolerance}.
 */
@ApplicationScoped
public class SeenSignatures {
    private final EntityManager entityManager;

    public SeenSignatures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Records {@code signature} until {@code validUntil}; false if it was recorded before. */
    boolean firstUse(byte[] signature, OffsetDateTime validUntil) {
        String hex = HexFormat.of().formatHex(signature);
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Number seen = (Number) entityManager.createNativeQuery(
                        "select count(*) from seen_signature where signature = :signature")
                        .setParameter("signature", hex).getSingleResult();
                if (seen.intValue() > 0) {
                    return false;
                }
                entityManager.createNativeQuery(
                        "insert into seen_signature (signature, expires_at) values (:signature, :expiresAt)")
                        .setParameter("signature", hex).setParameter("expiresAt", validUntil).executeUpdate();
                return true;
            });
        } catch (RuntimeException failure) {
            // Two requests with one signature at the same time: the primary key lets one in.
            if (SqlFailure.cause(failure).map(SQLException::getSQLState).filter(state -> state.startsWith("23"))
                    .isPresent()) {
                return false;
            }
            throw failure;
        }
    }

    @Scheduled(every = "{comptoir.auth.signature-tolerance}", concurrentExecution = ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void purge() {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "delete from seen_signature where expires_at < :now")
                .setParameter("now", OffsetDateTime.now()).executeUpdate());
    }
}
