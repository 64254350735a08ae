package dev.comptoir.notifications.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpSenderTest {
    private HttpServer server;
    private final AtomicInteger redirectTargetHits = new AtomicInteger();
    private final AtomicInteger hits = new AtomicInteger();
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ok", exchange -> answer(exchange, 204, "", Map.of()));
        server.createContext("/redirect", exchange -> answer(exchange, 302, "",
                Map.of("Location", base + "/redirect-target")));
        server.createContext("/redirect-target", exchange -> {
            redirectTargetHits.incrementAndGet();
            answer(exchange, 200, "", Map.of());
        });
        server.createContext("/slow", exchange -> {
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer(exchange, 200, "", Map.of());
        });
        server.createContext("/big", exchange -> answer(exchange, 500, "x".repeat(100_000), Map.of()));
        server.createContext("/busy", exchange -> answer(exchange, 429, "", Map.of("Retry-After", "7")));
        server.setExecutor(null);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void twoHundredsAreSuccessesWithTheirLatency() {
        AttemptResult result = sender(true, Duration.ofSeconds(2)).send(request("/ok"));
        assertTrue(result.succeeded());
        assertEquals(204, result.statusCode());
        assertNull(result.error());
    }

    @Test
    void redirectsAreNotFollowedAndFail() {
        AttemptResult result = sender(true, Duration.ofSeconds(2)).send(request("/redirect"));
        assertFalse(result.succeeded());
        assertEquals(302, result.statusCode());
        assertEquals(0, redirectTargetHits.get());
    }

    @Test
    void anAnswerAfterTheTimeoutIsAFailure() {
        AttemptResult result = sender(true, Duration.ofMillis(300)).send(request("/slow"));
        assertFalse(result.succeeded());
        assertNull(result.statusCode());
        assertTrue(result.error().startsWith("no answer within 300 ms"), result.error());
    }

    @Test
    void onlyTheFirstKilobyteOfTheAnswerIsKept() {
        AttemptResult result = sender(true, Duration.ofSeconds(2)).send(request("/big"));
        assertEquals(500, result.statusCode());
        assertEquals(HttpSender.KEPT_BODY_BYTES, result.responseBody().length());
    }

    @Test
    void retryAfterOfTheAnswerIsReported() {
        AttemptResult result = sender(true, Duration.ofSeconds(2)).send(request("/busy"));
        assertEquals(429, result.statusCode());
        assertEquals(Optional.of(Duration.ofSeconds(7)), result.retryAfter());
    }

    @Test
    void aPrivateTargetIsAFailedAttemptWithTheReasonAndNeverContacted() {
        server.createContext("/counted", exchange -> {
            hits.incrementAndGet();
            answer(exchange, 200, "", Map.of());
        });
        AttemptResult byAddress = sender(false, Duration.ofSeconds(2)).send(request("/counted"));
        AttemptResult byName = sender(false, Duration.ofSeconds(2)).send(new OutboundRequest(
                "http://localhost:" + server.getAddress().getPort() + "/counted", Map.of(), "{}"));
        for (AttemptResult refused : new AttemptResult[] {byAddress, byName}) {
            assertFalse(refused.succeeded());
            assertNull(refused.statusCode());
            assertTrue(refused.error().startsWith("refused target: the host "), refused.error());
        }
        assertEquals(0, hits.get());
    }

    private HttpSender sender(boolean allowPrivate, Duration timeout) {
        return new HttpSender(new TargetPolicy(allowPrivate), timeout, Clock.systemUTC());
    }

    private OutboundRequest request(String path) {
        return new OutboundRequest(base + path, Map.of("Content-Type", "application/json"), "{}");
    }

    private static void answer(HttpExchange exchange, int status, String body, Map<String, String> headers)
            throws IOException {
        exchange.getRequestBody().readAllBytes();
        headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        } catch (IOException closedByClient) {
            // the sender stops reading after the first kilobyte
        }
        exchange.close();
    }
}
