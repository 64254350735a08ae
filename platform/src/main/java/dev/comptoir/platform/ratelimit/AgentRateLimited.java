package dev.comptoir.platform.ratelimit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Requests an agent platform makes to this resource count against its rate limit ({@link AgentRateLimits}); merchant
 * requests do not. {@code errorType} is the ACP error type of a 429 on this surface: the checkout spec's Error knows
 * {@code invalid_request}, the delegate payment spec's has {@code rate_limit_exceeded}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AgentRateLimited {
    String errorType() default "invalid_request";
}
