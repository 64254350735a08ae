package dev.comptoir.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a run is asked to do; built from the command line, every value checked with a message saying what is wrong. */
public record BenchOptions(int agents, Optional<Integer> orders, Optional<Duration> duration, String ordersUrl,
        String paymentsUrl, String agentToken, Path outputDirectory, List<String> skus, Duration confirmationTimeout,
        Duration pollInterval) {

    public static final String USAGE = """
            Usage: java -jar bench/target/bench.jar [options]
              --agents N               concurrent agents (default 4)
              --orders N               checkouts in total (default 100 unless --duration is given)
              --duration 60s           run for this long instead (s, m or ISO-8601 like PT2M)
              --orders-url URL         orders-service (default http://localhost:8080)
              --payments-url URL       payments-service, the sandbox PSP (default http://localhost:8081)
              --agent-token TOKEN      agent bearer token (default local-agent-token)
              --out DIR                report directory (default bench/target/bench-report)
              --skus a,b,c             catalog items, one per checkout in turn (default: the best-stocked demo items)
              --confirm-timeout 30s    how long an order may take to be confirmed before it counts as an error
            """;

    public static BenchOptions parse(String... args) {
        int agents = 4;
        Integer orders = null;
        Duration duration = null;
        String ordersUrl = "http://localhost:8080";
        String paymentsUrl = "http://localhost:8081";
        String agentToken = "local-agent-token";
        Path out = Path.of("bench", "target", "bench-report");
        List<String> skus = List.of("notebook-a5", "socks-wool", "mug-black", "mug-white", "coffee-250g");
        Duration confirmationTimeout = Duration.ofSeconds(30);
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            String value = args[i + 1];
            switch (name) {
                case "--agents" -> agents = positive(name, value);
                case "--orders" -> orders = positive(name, value);
                case "--duration" -> duration = duration(name, value);
                case "--orders-url" -> ordersUrl = url(name, value);
                case "--payments-url" -> paymentsUrl = url(name, value);
                case "--agent-token" -> agentToken = value;
                case "--out" -> out = Path.of(value);
                case "--skus" -> skus = Arrays.stream(value.split(",")).map(String::strip)
                        .filter(sku -> !sku.isEmpty()).toList();
                case "--confirm-timeout" -> confirmationTimeout = duration(name, value);
                default -> throw new IllegalArgumentException("Unknown option " + name);
            }
        }
        if (skus.isEmpty()) {
            throw new IllegalArgumentException("--skus needs at least one item id");
        }
        if (orders == null && duration == null) {
            orders = 100;
        }
        return new BenchOptions(agents, Optional.ofNullable(orders), Optional.ofNullable(duration), ordersUrl,
                paymentsUrl, agentToken, out, skus, confirmationTimeout, Duration.ofMillis(10));
    }

    private static int positive(String name, String value) {
        try {
            int number = Integer.parseInt(value);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the option's name
        }
        throw new IllegalArgumentException(name + " must be a positive whole number, not '" + value + "'");
    }

    static Duration duration(String name, String value) {
        try {
            Duration parsed = value.startsWith("P") || value.startsWith("p") ? Duration.parse(value)
                    : value.endsWith("ms") ? Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)))
                    : value.endsWith("m") ? Duration.ofMinutes(Long.parseLong(value.substring(0, value.length() - 1)))
                    : Duration.ofSeconds(Long.parseLong(value.endsWith("s") ? value.substring(0, value.length() - 1)
                            : value));
            if (!parsed.isNegative() && !parsed.isZero()) {
                return parsed;
            }
        } catch (RuntimeException malformed) {
            // reported below with the option's name
        }
        throw new IllegalArgumentException(name + " must be a positive duration like 30s, 2m or PT90S, not '"
                + value + "'");
    }

    private static String url(String name, String value) {
        if (!value.startsWith("http://") && !value.startsWith("https://")) {
            throw new IllegalArgumentException(name + " must be an http(s) URL, not '" + value + "'");
        }
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }

    /** The agent token stays out of anything printed. */
    @Override
    public String toString() {
        return "BenchOptions[agents=" + agents + ", orders=" + orders + ", duration=" + duration + ", ordersUrl="
                + ordersUrl + ", paymentsUrl=" + paymentsUrl + ", outputDirectory=" + outputDirectory + ", skus="
                + skus + "]";
    }
}
