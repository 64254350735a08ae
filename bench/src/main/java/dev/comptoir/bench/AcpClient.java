package dev.comptoir.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.LongAdder;

/**
 * The agent platform's side of ACP: bearer token, API version, a fresh idempotency key for every POST, kept when the
 * same POST is retried. Counts the requests it sends, for the per-order cost.
 */
public final class AcpClient {
    static final String API_VERSION = "2026-04-17";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String token;
    private final Duration requestTimeout;
    private final Patience patience;
    private final LongAdder requests = new LongAdder();
    private final LongAdder retries = new LongAdder();

    public AcpClient(HttpClient http, String token, Duration requestTimeout, Patience patience) {
        this.http = http;
        this.token = token;
        this.requestTimeout = requestTimeout;
        this.patience = patience;
    }

    public JsonNode post(Step step, URI uri, Object body) throws StepFailure {
        String json;
        try {
            json = JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Request body is not serializable", e);
        }
        return send(step, request(uri).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public JsonNode get(Step step, URI uri) throws StepFailure {
        return send(step, request(uri).GET().build());
    }

    /** HTTP requests sent so far, retries included. */
    public long requests() {
        return requests.sum();
    }

    public long retries() {
        return retries.sum();
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(requestTimeout)
                .header("Authorization", "Bearer " + token)
                .header("API-Version", API_VERSION);
    }

    private JsonNode send(Step step, HttpRequest request) throws StepFailure {
        long deadline = System.nanoTime() + patience.bound().toNanos();
        while (true) {
            try {
                return sendOnce(step, request);
            } catch (StepFailure failure) {
                if (!failure.retryable() || System.nanoTime() + patience.retryEvery().toNanos() > deadline) {
                    throw failure;
                }
            }
            retries.increment();
            try {
                Thread.sleep(patience.retryEvery().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StepFailure(step, "interrupted", request.uri().toString());
            }
        }
    }

    private JsonNode sendOnce(Step step, HttpRequest request) throws StepFailure {
        HttpResponse<String> response;
        requests.increment();
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new StepFailure(step, ErrorKinds.ofException(e), request.uri() + " " + e, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StepFailure(step, "interrupted", request.uri().toString());
        }
        JsonNode body = parse(response.body());
        int status = response.statusCode();
        if (status >= 400) {
            throw new StepFailure(step, ErrorKinds.ofResponse(status, body), request.uri() + " " + response.body(),
                    status == 409 || status >= 500);
        }
        if (body == null) {
            throw new StepFailure(step, "invalid_json", request.uri() + " " + response.body());
        }
        return body;
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (JsonProcessingException notJson) {
            return null;
        }
    }
}
