package dev.comptoir.platform.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AgentRateLimitsTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void eachAgentHasItsOwnBucketAndAnOverrideReplacesTheDefaultForItsAgent() {
        AtomicLong clock = new AtomicLong();
        AgentRateLimits limits = new AgentRateLimits(new RateLimit(100, 3),
                Map.of("slow", new RateLimit(1, 1)), clock::get);

        assertEquals(3, IntStream.range(0, 10).filter(i -> limits.take("busy").allowed()).count());
        assertEquals(1, IntStream.range(0, 10).filter(i -> limits.take("slow").allowed()).count());
        assertTrue(limits.take("other").allowed(), "one agent's burst costs another nothing");
        clock.addAndGet(SECOND);
        assertTrue(limits.take("slow").allowed());
    }
}
