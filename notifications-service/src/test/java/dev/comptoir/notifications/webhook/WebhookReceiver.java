package dev.comptoir.notifications.webhook;

import dev.comptoir.testing.HttpRecorder;
import dev.comptoir.testing.HttpRecorder.Answer;
import dev.comptoir.testing.HttpRecorder.Received;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.List;
import java.util.Map;

/**
 * The tests' webhook receiver (a real HTTP server, {@link HttpRecorder}) as a test resource; also points the ACP order
 * webhook targets of the test agent platforms at it.
 */
public class WebhookReceiver implements QuarkusTestResourceLifecycleManager {
    public static final String ACP_SECRET = "acp-test-secret";

    private static HttpRecorder server;

    @Override
    public Map<String, String> start() {
        server = HttpRecorder.start();
        return Map.of(
                "comptoir.acp-webhooks.acp-test.url", url("/acp/acp-test"),
                "comptoir.acp-webhooks.acp-test.secret", ACP_SECRET,
                "comptoir.acp-webhooks.acp-flaky.url", url("/acp/acp-flaky"),
                "comptoir.acp-webhooks.acp-flaky.secret", ACP_SECRET);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }

    public static String url(String path) {
        return server.url(path);
    }

    /** Answers these in turn on {@code path}; the last one repeats. */
    public static void script(String path, Answer... answers) {
        server.script(path, answers);
    }

    public static List<Received> received(String path) {
        return server.received(path);
    }
}
