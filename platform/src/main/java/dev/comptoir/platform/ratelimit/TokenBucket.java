package dev.comptoir.platform.ratelimit;

/**
 * One caller's allowance: a bucket of {@code burst} tokens refilled at {@code requestsPerSecond}; a request takes one.
 * Times are {@link System#nanoTime()} readings, passed in so that the rule is tested with a clock of the test's own.
 */
public final class TokenBucket {
    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private final RateLimit limit;
    private double tokens;
    private long refilledAt;

    public TokenBucket(RateLimit limit, long now) {
        this.limit = limit;
        this.tokens = limit.burst();
        this.refilledAt = now;
    }

    /** Whether a request at {@code now} may go ahead, and if not, after how many whole seconds to ask again. */
    public synchronized Decision take(long now) {
        long elapsed = Math.max(0, now - refilledAt);
        tokens = Math.min(limit.burst(), tokens + elapsed / NANOS_PER_SECOND * limit.requestsPerSecond());
        refilledAt = Math.max(refilledAt, now);
        if (tokens >= 1) {
            tokens -= 1;
            return Decision.ALLOWED;
        }
        double secondsToNextToken = (1 - tokens) / limit.requestsPerSecond();
        return new Decision(false, Math.max(1, (long) Math.ceil(secondsToNextToken)));
    }

    /** {@code retryAfterSeconds} is what the {@code Retry-After} header says to a refused caller (at least 1). */
    public record Decision(boolean allowed, long retryAfterSeconds) {
        static final Decision ALLOWED = new Decision(true, 0);
    }
}
