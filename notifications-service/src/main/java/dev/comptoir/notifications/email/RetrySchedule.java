package dev.comptoir.notifications.email;

import java.time.Duration;
import java.time.Instant;

/**
 * When to try an e-mail again after the mail server refused or could not be reached: the wait doubles from
 * {@code initial} up to {@code max}; an e-mail still unsent {@code giveUpAfter} its creation is marked failed.
 */
public record RetrySchedule(Duration initial, Duration max, Duration giveUpAfter) {

    public Duration backoff(int failedAttempts) {
        Duration wait = initial;
        for (int i = 1; i < failedAttempts && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }

    public boolean givesUp(Instant createdAt, Instant now) {
        return !now.isBefore(createdAt.plus(giveUpAfter));
    }
}
