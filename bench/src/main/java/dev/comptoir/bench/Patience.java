package dev.comptoir.bench;

import java.time.Duration;

/** How a real agent platform rides out a merchant that restarts: retry every so often, up to a bound. */
public record Patience(Duration retryEvery, Duration bound) {
    /** The plain benchmark: the first failure ends the checkout. */
    public static final Patience NONE = new Patience(Duration.ZERO, Duration.ZERO);

    public static Patience retryingEvery300msFor(Duration bound) {
        return new Patience(Duration.ofMillis(300), bound);
    }
}
