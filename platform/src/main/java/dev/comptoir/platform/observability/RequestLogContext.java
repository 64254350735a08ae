package dev.comptoir.platform.observability;

import dev.comptoir.platform.acp.AcpHeadersFilter;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.PathSegment;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Puts the request id (the caller's {@code Request-Id}, or a fresh one) and, where the request names one, the order
 * id into the log context of every line logged while the request is handled, and removes them once it is answered.
 */
public class RequestLogContext {

    /** First of all filters, so that authentication failures are logged with the request id too. */
    @ServerRequestFilter(priority = Priorities.AUTHENTICATION - 100)
    public void enter(ContainerRequestContext request) {
        String requestId = request.getHeaderString(AcpHeadersFilter.REQUEST_ID);
        MDC.put(LogContext.REQUEST_ID, requestId == null || requestId.isBlank() ? UUID.randomUUID().toString()
                : requestId);
        String orderId = orderId(request.getUriInfo().getPathSegments().stream().map(PathSegment::getPath).toList(),
                request.getUriInfo().getQueryParameters());
        if (orderId != null) {
            MDC.put(LogContext.ORDER_ID, orderId);
        }
    }

    @ServerResponseFilter
    public void leave() {
        MDC.remove(LogContext.REQUEST_ID);
        MDC.remove(LogContext.ORDER_ID);
    }

    /** The order a request is about: {@code /orders/{id}…}, or an {@code order_id} query parameter; else null. */
    static String orderId(List<String> pathSegments, MultivaluedMap<String, String> query) {
        List<String> segments = pathSegments.stream().filter(s -> !s.isEmpty()).toList();
        if (segments.size() >= 2 && segments.get(0).equals("orders")) {
            return segments.get(1);
        }
        String fromQuery = query.getFirst("order_id");
        return fromQuery == null || fromQuery.isBlank() ? null : fromQuery;
    }
}
