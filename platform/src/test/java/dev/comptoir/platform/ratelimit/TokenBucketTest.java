package dev.comptoir.platform.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TokenBucketTest {
    private static final long SECOND = 1_000_000_000L;

    private static long allowed(TokenBucket bucket, int requests, long at) {
        return IntStream.range(0, requests).filter(request -> bucket.take(at).allowed()).count();
    }

    @Test
    void aFullBucketLetsABurstThroughAtOnceThenRefusesWithTheSecondsUntilTheNextToken() {
        TokenBucket bucket = new TokenBucket(new RateLimit(2, 5), 0);

        assertEquals(5, allowed(bucket, 8, 0));
        TokenBucket.Decision refused = bucket.take(0);
        assertFalse(refused.allowed());
        assertEquals(1, refused.retryAfterSeconds(), "half a second to the next token, rounded up to whole seconds");
    }

    @Test
    void tokensComeBackAtTheSustainedRateAndNeverBeyondTheBurst() {
        TokenBucket bucket = new TokenBucket(new RateLimit(10, 20), 0);
        assertEquals(20, allowed(bucket, 20, 0));

        assertEquals(5, allowed(bucket, 50, SECOND / 2), "10/s for half a second");
        assertEquals(20, allowed(bucket, 50, 60 * SECOND), "a minute of silence refills the burst, no more");
    }

    @Test
    void aSlowLimitTellsTheCallerToComeBackLater() {
        TokenBucket bucket = new TokenBucket(new RateLimit(0.1, 1), 0);
        assertTrue(bucket.take(0).allowed());

        assertEquals(10, bucket.take(0).retryAfterSeconds());
        assertEquals(7, bucket.take(3 * SECOND).retryAfterSeconds());
        assertTrue(bucket.take(10 * SECOND).allowed());
    }

    @Test
    void aClockThatGoesBackwardsGivesNoTokens() {
        TokenBucket bucket = new TokenBucket(new RateLimit(1, 1), 100 * SECOND);
        assertTrue(bucket.take(100 * SECOND).allowed());

        assertFalse(bucket.take(50 * SECOND).allowed());
        assertFalse(bucket.take(100 * SECOND).allowed());
    }

    @Test
    void aLimitThatWouldLetNothingThroughIsRefusedAtStartup() {
        assertThrows(IllegalArgumentException.class, () -> new RateLimit(0, 10));
        assertThrows(IllegalArgumentException.class, () -> new RateLimit(10, 0));
        assertThrows(IllegalArgumentException.class, () -> new RateLimit(Double.NaN, 10));
    }
}
