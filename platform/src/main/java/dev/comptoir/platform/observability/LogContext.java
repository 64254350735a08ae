package dev.comptoir.platform.observability;

import org.jboss.logging.MDC;

/**
 * The keys every log line carries while a request or an event is handled (JSON logs show them as fields): which
 * request, which order. Whoever puts them removes them when the request or event is done.
 */
public final class LogContext {
    public static final String REQUEST_ID = "request_id";
    public static final String ORDER_ID = "order_id";

    private LogContext() {
    }

    /** Puts {@code value} under {@code key} until the returned scope closes; a null value puts nothing. */
    public static Scope put(String key, String value) {
        if (value == null || value.isBlank()) {
            return () -> {
            };
        }
        MDC.put(key, value);
        return () -> MDC.remove(key);
    }

    /** A log context entry to remove; closing never throws. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
