package dev.comptoir.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a run is asked to do; built from the command line, every value checked with a message saying what is wrong. */
public record BenchOptions(int agents, Optional<Integer> orders, Optional<Duration> duration, Optional<Double> rate,
        String ordersUrl, String paymentsUrl, String fulfillmentUrl, String ordersManagementUrl, String agentToken,
        String merchantToken,
        Path outputDirectory, List<String> skus, Duration confirmationTimeout, Duration pollInterval,
        Optional<Duration> baselineDuration, Stack stack, Map<String, Long> pids, Optional<Duration> chaosEvery,
        Duration settleTimeout, Optional<Duration> warmup) {

    /** Where the stack's broker and database are, for the baselines and the per-order costs. */
    public record Stack(String kafka, String dbUrl, String dbUser, String dbPassword, String databases) {
        @Override
        public String toString() {
            return "Stack[kafka=" + kafka + ", dbUrl=" + dbUrl + ", dbUser=" + dbUser + ", databases=" + databases
                    + "]";
        }
    }

    public static final String USAGE = """
            Usage: java -jar bench/target/bench.jar [options]
              --agents N               concurrent agents, and checkouts in flight at most with --rate (default 4)
              --orders N               checkouts in total (default 100 unless --duration is given)
              --duration 60s           run for this long instead (s, m or ISO-8601 like PT2M)
              --rate R                 open loop: start R checkouts per second, evenly spread; a start that finds
                                       every agent busy is counted as missed, not delayed (default: closed loop,
                                       each agent starts its next checkout when the last one ends)
              --orders-url URL         orders-service (default http://localhost:8080)
              --payments-url URL       payments-service, the sandbox PSP (default http://localhost:8081)
              --fulfillment-url URL    fulfillment-service, for the stock checks of --chaos (default http://localhost:8082)
              --orders-management-url URL
                                       orders-service's management interface, whose /q/health/live is the HTTP
                                       baseline (default http://localhost:9080)
              --agent-token TOKEN      agent bearer token (default local-agent-token)
              --merchant-token TOKEN   merchant bearer token, for the checks of --chaos (default local-merchant-token)
              --out DIR                report directory (default bench/target/bench-report)
              --skus a,b,c             catalog items, one per checkout in turn (default: the best-stocked demo items)
              --confirm-timeout 30s    how long an order may take to be confirmed before it counts as an error
              --warmup 30s             first run checkouts for this long, unrecorded, the same way as the main run:
                                       the services' JIT compilers settle before anything is measured (default none)
              --baseline-duration 5s   how long each baseline runs, before the main run, at --agents concurrency:
                                       a no-op HTTP endpoint, Kafka round trips, single-row database commits
              --no-baselines           skip the baselines
              --kafka HOST:PORT        the stack's broker (default localhost:9092)
              --db-url JDBC_URL        the stack's PostgreSQL (default jdbc:postgresql://127.0.0.1:5432/postgres)
              --db-user USER           (default postgres)
              --db-password PASSWORD   (default empty)
              --databases PATTERN      the stack's databases, SQL LIKE pattern (default comptoir_local_%)
              --pids name=pid,...      the processes to measure (and kill, with --chaos) instead of finding them
                                       in /proc at every sample: needed when two stacks run on the machine; a
                                       restarted process is then not followed (names: orders, payments,
                                       fulfillment, notifications, kafka, postgres)
              --chaos                  SIGKILL orders, payments, fulfillment, notifications in turn, then the
                                       broker, while the agents run; agents retry patiently; then check every order
                                       settles, one payment each, stock never negative (exit 1 on a violation).
                                       Run the stack with ./run.sh --postgres --keep-alive so that it restarts them.
              --chaos-every 20s        time between two faults
              --settle-timeout 120s    how long orders may take to settle after the run, with --chaos
            """;

    private static final List<String> FLAGS = List.of("--chaos", "--no-baselines");

    public static BenchOptions parse(String... args) {
        int agents = 4;
        Integer orders = null;
        Duration duration = null;
        Double rate = null;
        String ordersUrl = "http://localhost:8080";
        String paymentsUrl = "http://localhost:8081";
        String fulfillmentUrl = "http://localhost:8082";
        String ordersManagementUrl = "http://localhost:9080";
        String agentToken = "local-agent-token";
        String merchantToken = "local-merchant-token";
        Path out = Path.of("bench", "target", "bench-report");
        List<String> skus = List.of("notebook-a5", "socks-wool", "mug-black", "mug-white", "coffee-250g");
        Duration confirmationTimeout = Duration.ofSeconds(30);
        Duration baselineDuration = Duration.ofSeconds(5);
        boolean baselines = true;
        String kafka = "localhost:9092";
        String dbUrl = "jdbc:postgresql://127.0.0.1:5432/postgres";
        String dbUser = "postgres";
        String dbPassword = "";
        String databases = "comptoir_local_%";
        Map<String, Long> pids = Map.of();
        boolean chaos = false;
        Duration chaosEvery = Duration.ofSeconds(20);
        Duration settleTimeout = Duration.ofSeconds(120);
        Duration warmup = null;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (FLAGS.contains(name)) {
                chaos |= name.equals("--chaos");
                baselines &= !name.equals("--no-baselines");
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            String value = args[++i];
            switch (name) {
                case "--agents" -> agents = positive(name, value);
                case "--orders" -> orders = positive(name, value);
                case "--duration" -> duration = duration(name, value);
                case "--rate" -> rate = rate(name, value);
                case "--orders-url" -> ordersUrl = url(name, value);
                case "--payments-url" -> paymentsUrl = url(name, value);
                case "--fulfillment-url" -> fulfillmentUrl = url(name, value);
                case "--orders-management-url" -> ordersManagementUrl = url(name, value);
                case "--agent-token" -> agentToken = value;
                case "--merchant-token" -> merchantToken = value;
                case "--out" -> out = Path.of(value);
                case "--skus" -> skus = Arrays.stream(value.split(",")).map(String::strip)
                        .filter(sku -> !sku.isEmpty()).toList();
                case "--confirm-timeout" -> confirmationTimeout = duration(name, value);
                case "--baseline-duration" -> baselineDuration = duration(name, value);
                case "--kafka" -> kafka = value;
                case "--db-url" -> dbUrl = jdbcUrl(name, value);
                case "--db-user" -> dbUser = value;
                case "--db-password" -> dbPassword = value;
                case "--databases" -> databases = value;
                case "--pids" -> pids = pids(name, value);
                case "--chaos-every" -> chaosEvery = duration(name, value);
                case "--settle-timeout" -> settleTimeout = duration(name, value);
                case "--warmup" -> warmup = duration(name, value);
                default -> throw new IllegalArgumentException("Unknown option " + name);
            }
        }
        if (skus.isEmpty()) {
            throw new IllegalArgumentException("--skus needs at least one item id");
        }
        if (orders == null && duration == null) {
            orders = 100;
        }
        return new BenchOptions(agents, Optional.ofNullable(orders), Optional.ofNullable(duration),
                Optional.ofNullable(rate), ordersUrl, paymentsUrl, fulfillmentUrl, ordersManagementUrl, agentToken,
                merchantToken, out, skus, confirmationTimeout, Duration.ofMillis(10),
                baselines ? Optional.of(baselineDuration) : Optional.empty(),
                new Stack(kafka, dbUrl, dbUser, dbPassword, databases), pids,
                chaos ? Optional.of(chaosEvery) : Optional.empty(), settleTimeout, Optional.ofNullable(warmup));
    }

    /** The unrecorded warm-up: the main run's load for the warm-up's time, without faults. */
    public BenchOptions warmingUp() {
        Duration time = warmup.orElseThrow();
        return new BenchOptions(agents, Optional.empty(), Optional.of(time), rate, ordersUrl, paymentsUrl,
                fulfillmentUrl, ordersManagementUrl, agentToken, merchantToken, outputDirectory, skus,
                confirmationTimeout, pollInterval, Optional.empty(), stack, pids, Optional.empty(), settleTimeout, Optional.empty());
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

    private static double rate(String name, String value) {
        try {
            double number = Double.parseDouble(value);
            if (number > 0 && Double.isFinite(number)) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the option's name
        }
        throw new IllegalArgumentException(name + " must be a positive number of checkouts per second, not '"
                + value + "'");
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

    private static String jdbcUrl(String name, String value) {
        if (!value.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException(name + " must be a jdbc:postgresql:// URL, not '" + value + "'");
        }
        return value;
    }

    private static Map<String, Long> pids(String name, String value) {
        Map<String, Long> pids = new LinkedHashMap<>();
        for (String pair : value.split(",")) {
            String[] parts = pair.strip().split("=");
            try {
                if (parts.length == 2 && !parts[0].isBlank()) {
                    pids.put(parts[0].strip(), Long.parseLong(parts[1].strip()));
                    continue;
                }
            } catch (NumberFormatException notANumber) {
                // reported below with the option's name
            }
            throw new IllegalArgumentException(name + " takes name=pid pairs like orders=1234,kafka=987, not '"
                    + pair + "'");
        }
        return pids;
    }

    public boolean chaos() {
        return chaosEvery.isPresent();
    }

    /** Tokens and the database password stay out of anything printed. */
    @Override
    public String toString() {
        return "BenchOptions[agents=" + agents + ", orders=" + orders + ", duration=" + duration + ", rate=" + rate
                + ", ordersUrl=" + ordersUrl + ", paymentsUrl=" + paymentsUrl + ", fulfillmentUrl=" + fulfillmentUrl
                + ", outputDirectory=" + outputDirectory + ", skus=" + skus + ", baselineDuration=" + baselineDuration
                + ", " + stack + ", pids=" + pids + ", chaosEvery=" + chaosEvery + "]";
    }
}
