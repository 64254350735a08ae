package dev.comptoir.platform.ratelimit;

import io.smallrye.config.ConfigMapping;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code comptoir.rate-limit.requests-per-second} and {@code .burst} for every agent platform, and
 * {@code comptoir.rate-limit.agents.<agent id>.requests-per-second} / {@code .burst} for one of them.
 */
@ConfigMapping(prefix = "comptoir.rate-limit")
public interface RateLimitConfig {
    double requestsPerSecond();

    int burst();

    Map<String, AgentLimit> agents();

    /** What is not given is the default's. */
    interface AgentLimit {
        Optional<Double> requestsPerSecond();

        Optional<Integer> burst();
    }

    default RateLimit defaultLimit() {
        return new RateLimit(requestsPerSecond(), burst());
    }

    default Map<String, RateLimit> agentLimits() {
        return Map.copyOf(agents().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> new RateLimit(entry.getValue().requestsPerSecond().orElse(requestsPerSecond()),
                        entry.getValue().burst().orElse(burst())))));
    }
}
