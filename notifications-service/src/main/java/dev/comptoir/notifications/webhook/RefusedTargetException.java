package dev.comptoir.notifications.webhook;

/** A webhook URL the {@link TargetPolicy} refuses, with the reason. */
public class RefusedTargetException extends RuntimeException {
    public RefusedTargetException(String reason) {
        super(reason);
    }
}
