package dev.comptoir.notifications.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real HTTP receiver for the tests: records every request per path, and answers what a test scripted for that path
 * (in turn; the last answer repeats), 200 by default. Also configures the ACP order webhook targets of the test
 * agent platforms to point at it.
 */
public class WebhookReceiver implements QuarkusTestResourceLifecycleManager {
    public static final String ACP_SECRET = "acp-test-secret";

    /** One answer: status, headers. */
    public record Answer(int status, Map<String, String> headers) {
        public static Answer of(int status) {
            return new Answer(status, Map.of());
        }
    }

    /** A request as received. */
    public record Received(Instant at, String path, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private static HttpServer server;
    private static final Map<String, Deque<Answer>> SCRIPTS = new ConcurrentHashMap<>();
    private static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", WebhookReceiver::handle);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
        return Map.of(
                "comptoir.acp-webhooks.acp-test.url", url("/acp/acp-test"),
                "comptoir.acp-webhooks.acp-test.secret", ACP_SECRET,
                "comptoir.acp-webhooks.acp-flaky.url", url("/acp/acp-flaky"),
                "comptoir.acp-webhooks.acp-flaky.secret", ACP_SECRET);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    public static String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Answers these in turn on {@code path}; the last one repeats. */
    public static void script(String path, Answer... answers) {
        SCRIPTS.put(path, new ConcurrentLinkedDeque<>(List.of(answers)));
    }

    public static List<Received> received(String path) {
        return new ArrayList<>(RECEIVED.stream().filter(r -> r.path().equals(path)).toList());
    }

    private static void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        RECEIVED.add(new Received(Instant.now(), path, Map.copyOf(exchange.getRequestHeaders()), body));
        Deque<Answer> script = SCRIPTS.get(path);
        Answer answer = script == null || script.isEmpty() ? Answer.of(200)
                : script.size() > 1 ? script.pollFirst() : script.peekFirst();
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        byte[] reply = ("{\"received\": " + (answer.status() < 300) + "}").getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(answer.status(), reply.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(reply);
        }
    }
}
