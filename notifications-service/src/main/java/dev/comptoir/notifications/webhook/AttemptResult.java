package dev.comptoir.notifications.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What one delivery attempt got: the status (null when no answer came: refused target, connection failure, timeout),
 * how long it took, the start of the answer's body, the error, and the receiver's {@code Retry-After} if it asked.
 */
public record AttemptResult(Instant attemptedAt, Integer statusCode, Duration latency, String responseBody,
        String error, Optional<Duration> retryAfter) {

    public static AttemptResult noAnswer(Instant attemptedAt, Duration latency, String error) {
        return new AttemptResult(attemptedAt, null, latency, null, error, Optional.empty());
    }

    /** Only a 2xx is a success: a redirect is not followed, so it is a failure like any other answer. */
    public boolean succeeded() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }

    /** 410 Gone: the receiver says the endpoint no longer exists. */
    public boolean gone() {
        return statusCode != null && statusCode == 410;
    }

    public String outcome() {
        if (succeeded()) {
            return "succeeded";
        }
        return statusCode == null ? "no_answer" : "failed";
    }
}
