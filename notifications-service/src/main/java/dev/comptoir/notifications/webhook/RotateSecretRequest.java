package dev.comptoir.notifications.webhook;

/** How long the previous secret keeps signing beside the new one; absent: a day. */
public record RotateSecretRequest(Long overlapSeconds) {
}
