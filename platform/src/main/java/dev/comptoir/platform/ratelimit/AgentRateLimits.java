package dev.comptoir.platform.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A {@link TokenBucket} per agent platform, in this process: with several replicas behind a load balancer an agent
 * gets up to the replica count times its limit. Agent ids come from the configured tokens, so the map stays small.
 */
@ApplicationScoped
public class AgentRateLimits {
    private final RateLimit defaultLimit;
    private final Map<String, RateLimit> agentLimits;
    private final LongSupplier clock;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    @Inject
    public AgentRateLimits(RateLimitConfig config) {
        this(config.defaultLimit(), config.agentLimits(), System::nanoTime);
    }

    AgentRateLimits(RateLimit defaultLimit, Map<String, RateLimit> agentLimits, LongSupplier clock) {
        this.defaultLimit = defaultLimit;
        this.agentLimits = agentLimits;
        this.clock = clock;
    }

    public TokenBucket.Decision take(String agentId) {
        long now = clock.getAsLong();
        return buckets.computeIfAbsent(agentId,
                id -> new TokenBucket(agentLimits.getOrDefault(id, defaultLimit), now)).take(now);
    }
}
