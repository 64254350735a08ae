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

/** The agent platform's side of ACP: bearer token, API version, a fresh idempotency key for every POST. */
public final class AcpClient {
    static final String API_VERSION = "2026-04-17";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String agentToken;
    private final Duration requestTimeout;

    public AcpClient(HttpClient http, String agentToken, Duration requestTimeout) {
        this.http = http;
        this.agentToken = agentToken;
        this.requestTimeout = requestTimeout;
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

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(requestTimeout)
                .header("Authorization", "Bearer " + agentToken)
                .header("API-Version", API_VERSION);
    }

    private JsonNode send(Step step, HttpRequest request) throws StepFailure {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new StepFailure(step, ErrorKinds.ofException(e), request.uri() + " " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StepFailure(step, "interrupted", request.uri().toString());
        }
        JsonNode body = parse(response.body());
        if (response.statusCode() >= 400) {
            throw new StepFailure(step, ErrorKinds.ofResponse(response.statusCode(), body),
                    request.uri() + " " + response.body());
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
