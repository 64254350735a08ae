package dev.comptoir.notifications.webhook;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When a delivery is attempted: attempt n waits {@code delays[n-1]} after the one before (the first is normally
 * immediate), stretched by up to {@code jitter} (a fraction) at random so that a recovering endpoint is not hit by
 * every queued delivery at the same instant. A receiver's {@code Retry-After} delays the next attempt further, up to
 * the longest step of the schedule or an hour, whichever is longer. After the last step the delivery is exhausted.
 */
public record RetrySchedule(List<Duration> delays, double jitter) {
    private static final Duration MIN_RETRY_AFTER_CAP = Duration.ofHours(1);

    public RetrySchedule {
        if (delays.isEmpty()) {
            throw new IllegalArgumentException("A retry schedule needs at least one step");
        }
        if (jitter < 0 || jitter > 1) {
            throw new IllegalArgumentException("Jitter is a fraction between 0 and 1");
        }
        delays = List.copyOf(delays);
    }

    public int maxAttempts() {
        return delays.size();
    }

    /** The delay before the first attempt. */
    public Duration first() {
        return delays.get(0);
    }

    /**
     * The wait before the next attempt after {@code attemptsMade} failed ones, or empty when the schedule is exhausted.
     */
    public Optional<Duration> next(int attemptsMade, Optional<Duration> retryAfter, RandomGenerator random) {
        if (attemptsMade >= delays.size()) {
            return Optional.empty();
        }
        Duration scheduled = delays.get(attemptsMade);
        long jitterMillis = (long) (scheduled.toMillis() * jitter * random.nextDouble());
        Duration wait = scheduled.plusMillis(jitterMillis);
        if (retryAfter.isPresent()) {
            Duration cap = retryAfterCap();
            Duration asked = retryAfter.get().compareTo(cap) > 0 ? cap : retryAfter.get();
            if (asked.compareTo(wait) > 0) {
                wait = asked;
            }
        }
        return Optional.of(wait);
    }

    private Duration retryAfterCap() {
        Duration longest = delays.stream().max(Duration::compareTo).orElseThrow();
        return longest.compareTo(MIN_RETRY_AFTER_CAP) > 0 ? longest : MIN_RETRY_AFTER_CAP;
    }
}
