package dev.comptoir.notifications.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Sends one webhook request and reports what came back. Redirects are never followed (a 3xx is a failed attempt);
 * the answer must come within the timeout; only the first {@value #KEPT_BODY_BYTES} bytes of the answer are read.
 * The target is checked against the {@link TargetPolicy} right before sending, resolving its host again: the JDK
 * caches the addresses it resolved (30 s by default), so the connection uses the addresses just checked, which
 * closes the window a DNS rebinding would need.
 */
public class HttpSender {
    static final int KEPT_BODY_BYTES = 1024;

    private final HttpClient client;
    private final TargetPolicy policy;
    private final Duration timeout;
    private final Clock clock;

    public HttpSender(TargetPolicy policy, Duration timeout, Clock clock) {
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout)
                .build();
        this.policy = policy;
        this.timeout = timeout;
        this.clock = clock;
    }

    public AttemptResult send(OutboundRequest request) {
        Instant start = clock.instant();
        long started = System.nanoTime();
        URI uri;
        try {
            uri = policy.check(request.url());
        } catch (RefusedTargetException e) {
            return AttemptResult.noAnswer(start, since(started), "refused target: " + e.getMessage());
        }
        HttpRequest.Builder http = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("User-Agent", "Comptoir-Webhooks/1")
                .POST(HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
        request.headers().forEach(http::header);
        try {
            HttpResponse<InputStream> response = client.send(http.build(), HttpResponse.BodyHandlers.ofInputStream());
            String body;
            try (InputStream in = response.body()) {
                // NUL cannot be stored in a PostgreSQL text column.
                body = new String(in.readNBytes(KEPT_BODY_BYTES), StandardCharsets.UTF_8).replace("\u0000", "");
            }
            return new AttemptResult(start, response.statusCode(), since(started), body, null,
                    RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), clock.instant()));
        } catch (HttpTimeoutException e) {
            return AttemptResult.noAnswer(start, since(started), "no answer within " + timeout.toMillis() + " ms");
        } catch (IOException e) {
            return AttemptResult.noAnswer(start, since(started), "connection failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return AttemptResult.noAnswer(start, since(started), "interrupted (shutting down)");
        }
    }

    private static Duration since(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }
}
