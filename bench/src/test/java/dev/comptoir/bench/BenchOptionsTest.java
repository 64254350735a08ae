package dev.comptoir.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {
    @Test
    void withoutOptionsItRunsAHundredCheckoutsAgainstTheLocalStack() {
        BenchOptions options = BenchOptions.parse();

        assertEquals(4, options.agents());
        assertEquals(Optional.of(100), options.orders());
        assertEquals(Optional.empty(), options.duration());
        assertEquals("http://localhost:8080", options.ordersUrl());
        assertEquals("http://localhost:8081", options.paymentsUrl());
        assertEquals("http://localhost:9080", options.ordersManagementUrl(), "the HTTP baseline's health check");
        assertEquals("local-agent-token", options.agentToken());
        assertEquals(Path.of("bench/target/bench-report"), options.outputDirectory());
    }

    @Test
    void theWarmUpRunsTheMainLoadForItsOwnTimeWithoutBaselinesOrFaults() {
        BenchOptions options = BenchOptions.parse("--warmup", "30s", "--rate", "50", "--agents", "32",
                "--orders", "500", "--chaos");

        BenchOptions warmUp = options.warmingUp();

        assertEquals(Optional.of(Duration.ofSeconds(30)), options.warmup());
        assertEquals(Optional.of(Duration.ofSeconds(30)), warmUp.duration());
        assertEquals(Optional.empty(), warmUp.orders());
        assertEquals(Optional.of(50.0), warmUp.rate());
        assertEquals(32, warmUp.agents());
        assertEquals(Optional.empty(), warmUp.chaosEvery());
        assertEquals(Optional.empty(), warmUp.baselineDuration());
        assertEquals(Optional.empty(), warmUp.warmup());
    }

    @Test
    void anyStackCanBeTargetedForAGivenTime() {
        BenchOptions options = BenchOptions.parse("--agents", "16", "--duration", "2m", "--orders-url",
                "https://shop.example/", "--payments-url", "https://psp.example", "--orders-management-url",
                "http://10.0.0.7:9080", "--skus", "a, b", "--out", "/tmp/r");

        assertEquals(16, options.agents());
        assertEquals(Optional.empty(), options.orders());
        assertEquals(Optional.of(Duration.ofMinutes(2)), options.duration());
        assertEquals("https://shop.example", options.ordersUrl());
        assertEquals("http://10.0.0.7:9080", options.ordersManagementUrl());
        assertEquals(List.of("a", "b"), options.skus());
    }

    @Test
    void durationsReadSecondsMillisecondsMinutesAndIso() {
        assertEquals(Duration.ofSeconds(30), BenchOptions.duration("--x", "30s"));
        assertEquals(Duration.ofSeconds(30), BenchOptions.duration("--x", "30"));
        assertEquals(Duration.ofMillis(500), BenchOptions.duration("--x", "500ms"));
        assertEquals(Duration.ofSeconds(90), BenchOptions.duration("--x", "PT90S"));
    }

    @Test
    void badValuesAreRefusedNamingTheOption() {
        assertEquals("--agents must be a positive whole number, not 'zero'",
                assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--agents", "zero")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--duration", "-5s"))
                .getMessage().startsWith("--duration must be a positive duration"));
        assertEquals("--orders-url must be an http(s) URL, not 'localhost:8080'",
                assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--orders-url",
                        "localhost:8080")).getMessage());
        assertEquals("Unknown option --fast",
                assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--fast", "1")).getMessage());
        assertEquals("--orders needs a value",
                assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--orders")).getMessage());
    }

    @Test
    void theAgentTokenIsNeverPrinted() {
        assertFalse(BenchOptions.parse("--agent-token", "s3cret").toString().contains("s3cret"));
    }

    @Test
    void baselinesAndCostsReadTheLocalStackAndChaosIsOffUnlessAsked() {
        BenchOptions options = BenchOptions.parse();

        assertEquals(Optional.of(Duration.ofSeconds(5)), options.baselineDuration());
        assertEquals(Optional.empty(), options.rate());
        assertFalse(options.chaos());
        assertEquals("localhost:9092", options.stack().kafka());
        assertEquals("jdbc:postgresql://127.0.0.1:5432/postgres", options.stack().dbUrl());
        assertEquals("comptoir_local_%", options.stack().databases());
        assertEquals(Map.of(), options.pids());
    }

    @Test
    void flagsTakeNoValueAndMixWithOptionsThatDo() {
        BenchOptions options = BenchOptions.parse("--chaos", "--rate", "50", "--no-baselines", "--chaos-every",
                "30s", "--pids", "orders=12, kafka=34");

        assertEquals(Optional.of(50.0), options.rate());
        assertEquals(Optional.empty(), options.baselineDuration());
        assertEquals(Optional.of(Duration.ofSeconds(30)), options.chaosEvery());
        assertEquals(Map.of("orders", 12L, "kafka", 34L), options.pids());
    }

    @Test
    void badRatesAndPidsAreRefusedNamingTheOption() {
        assertEquals("--rate must be a positive number of checkouts per second, not '0'",
                assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--rate", "0")).getMessage());
        assertEquals("--pids takes name=pid pairs like orders=1234,kafka=987, not 'orders'",
                assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--pids", "orders"))
                        .getMessage());
    }

    @Test
    void tokensAndTheDatabasePasswordAreNeverPrinted() {
        String printed = BenchOptions.parse("--agent-token", "agent-secret", "--merchant-token", "merchant-secret",
                "--db-password", "db-secret").toString();

        assertFalse(printed.contains("secret"), printed);
    }
}
