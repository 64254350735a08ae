package dev.comptoir.platform.ratelimit;

/** How fast one caller may send requests: {@code requestsPerSecond} sustained, {@code burst} at once after a pause. */
public record RateLimit(double requestsPerSecond, int burst) {
    public RateLimit {
        if (!(requestsPerSecond > 0) || Double.isInfinite(requestsPerSecond) || burst < 1) {
            throw new IllegalArgumentException("A rate limit needs requests-per-second > 0 and burst >= 1, not "
                    + requestsPerSecond + " and " + burst);
        }
    }
}
