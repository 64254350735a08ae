package dev.comptoir.platform.ratelimit;

import dev.comptoir.platform.auth.AuthenticatedCaller;
import dev.comptoir.platform.auth.Caller;
import dev.comptoir.platform.errors.ApiError;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses an agent platform's request beyond its rate limit with 429, {@code Retry-After} (seconds) and an ACP error
 * {@code too_many_requests}, before anything else is done for it. Counted in {@code comptoir.rate_limit.refused}
 * by agent, so that the merchant sees who is throttled.
 */
public class RateLimitFilter {
    private static final String CODE = "too_many_requests";

    private final AgentRateLimits limits;
    private final AuthenticatedCaller caller;
    private final MeterRegistry meters;

    public RateLimitFilter(AgentRateLimits limits, AuthenticatedCaller caller, MeterRegistry meters) {
        this.limits = limits;
        this.caller = caller;
        this.meters = meters;
    }

    /** Right after authentication: the limit is the authenticated agent's, whatever it sends. */
    @ServerRequestFilter(priority = Priorities.AUTHENTICATION + 1)
    public Optional<Response> limit(ResourceInfo resource) {
        Class<?> resourceClass = resource.getResourceClass();
        AgentRateLimited limited = resourceClass == null ? null : resourceClass.getAnnotation(AgentRateLimited.class);
        if (limited == null || caller.role() != Caller.AGENT) {
            return Optional.empty();
        }
        TokenBucket.Decision decision = limits.take(caller.id());
        if (decision.allowed()) {
            return Optional.empty();
        }
        meters.counter("comptoir.rate_limit.refused", "agent", caller.id()).increment();
        return Optional.of(Response.status(429).type(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.RETRY_AFTER, decision.retryAfterSeconds())
                .entity(new ApiError(limited.errorType(), CODE, "Too many requests from this agent platform: retry"
                        + " after " + decision.retryAfterSeconds() + " s.", null))
                .build());
    }
}
