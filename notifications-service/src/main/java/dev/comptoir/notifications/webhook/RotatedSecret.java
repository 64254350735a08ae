package dev.comptoir.notifications.webhook;

import java.time.OffsetDateTime;

/** The new secret, shown once; the previous one keeps signing too until {@code previousSecretExpiresAt}. */
public record RotatedSecret(String id, String secret, OffsetDateTime previousSecretExpiresAt) {
}
