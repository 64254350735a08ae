package dev.comptoir.notifications.email;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Map;

/** A real SMTP server (GreenMail) on a free loopback port, which tests may stop and start again to play an outage, or replace by a server that never answers. */
public class GreenMailResource implements QuarkusTestResourceLifecycleManager {
    private static int port;
    private static GreenMail server;

    @Override
    public Map<String, String> start() {
        port = freePort();
        startSmtp();
        return Map.of("quarkus.mailer.mock", "false", "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(port));
    }

    @Override
    public void stop() {
        stopSmtp();
    }

    static GreenMail smtp() {
        return server;
    }

    static synchronized void startSmtp() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    static synchronized void stopSmtp() {
        if (server != null) {
            server.stop();
        }
    }

    /**
     * Stops the SMTP server and listens on its port without ever answering: connections are accepted by the system
     * and wait for a greeting that never comes. Closing the socket ends the outage (then {@link #startSmtp}).
     */
    static synchronized ServerSocket silentInsteadOfSmtp() throws IOException {
        stopSmtp();
        ServerSocket silent = new ServerSocket();
        silent.setReuseAddress(true);
        silent.bind(new InetSocketAddress("127.0.0.1", port), 50);
        return silent;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
