package dev.comptoir.fulfillment.observability;

import dev.comptoir.platform.observability.LogContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.HashMap;
import java.util.Map;
import org.jboss.logging.MDC;

/** Test-only endpoint: answers with the log context a line logged while handling it would carry. */
@Path("/orders/{id}/log-context")
public class LogContextProbe {
    @GET
    public Map<String, Object> logContext() {
        Map<String, Object> context = new HashMap<>();
        context.put(LogContext.REQUEST_ID, MDC.get(LogContext.REQUEST_ID));
        context.put(LogContext.ORDER_ID, MDC.get(LogContext.ORDER_ID));
        return context;
    }
}
