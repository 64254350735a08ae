package dev.comptoir.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;

/**
 * Measures the machine's limits, runs the agent simulator against a running stack while sampling the stack's
 * processes (and killing them, with --chaos), and writes report.json, summary.txt and report.html.
 */
public final class Bench {
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /** After the last checkout the saga still publishes and consumes a few events; they belong to the orders. */
    private static final Duration SAGA_TAIL = Duration.ofSeconds(2);
    private static final String COSTS_NOTE = "counted from right before the main run to " + SAGA_TAIL.toSeconds()
            + " s after its last checkout; commits include the services' background loops, and PostgreSQL may "
            + "publish a backend's last second of counts later";

    private Bench() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (List.of(args).contains("--help")) {
            System.out.print(BenchOptions.USAGE);
            return;
        }
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException wrong) {
            System.err.println("bench: " + wrong.getMessage());
            System.err.print(BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        PrintStream log = System.err;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(Math.max(2, options.agents()))).build();
        Patience patience = options.chaos() ? Patience.retryingEvery300msFor(options.confirmationTimeout())
                : Patience.NONE;
        AcpClient agent = new AcpClient(http, options.agentToken(), REQUEST_TIMEOUT, patience);
        log.println("[bench] " + options);

        if (options.warmup().isPresent()) {
            log.println("[bench] warming up for " + options.warmup().get().toSeconds() + " s (not recorded)");
            RunResult warmup = new AgentSimulator(options.warmingUp(), new CheckoutFlow(agent, options)::run, log)
                    .run();
            log.println("[bench] warm-up done: " + warmup.confirmed() + " orders confirmed");
        }
        KafkaProbe kafka = new KafkaProbe(options.stack().kafka());
        DatabaseProbe database = new DatabaseProbe(options.stack());
        List<BaselineResult> baselines = options.baselineDuration().isPresent()
                ? Baselines.measure(options, options.baselineDuration().get(), http, kafka, database, log)
                : List.of();

        OrderCosts.Counters before = counters(kafka, database, log);
        StackProcesses stack = new StackProcesses(options.pids());
        ResourceSampler sampler = new ResourceSampler(stack);
        Optional<ChaosMonkey> monkey = options.chaosEvery().map(every -> new ChaosMonkey(stack, every, log));
        warnIfTooShortForChaos(options, log);
        sampler.start();
        monkey.ifPresent(ChaosMonkey::start);
        RunResult run = new AgentSimulator(options, new CheckoutFlow(agent, options)::run, log).run();
        ResourceTally.ResourceUse resources = sampler.stop();
        List<ChaosMonkey.Fault> faults = monkey.isPresent() ? monkey.get().stop() : List.of();
        long requests = agent.requests();
        long retries = agent.retries();
        Thread.sleep(SAGA_TAIL.toMillis());
        OrderCosts costs = OrderCosts.of(run.confirmed(), requests, before, counters(kafka, database, log),
                COSTS_NOTE);

        Optional<ChaosOutcome> chaos = Optional.empty();
        if (options.chaos()) {
            AcpClient merchant = new AcpClient(http, options.merchantToken(), REQUEST_TIMEOUT, patience);
            chaos = Optional.of(new ChaosOutcome(faults, retries,
                    new Settlement(agent, merchant, options, log).check(run.placedOrders())));
        }

        Report report = Report.of(run, new Findings(baselines, Optional.of(resources), Optional.of(costs), chaos));
        Files.createDirectories(options.outputDirectory());
        Files.writeString(options.outputDirectory().resolve("report.json"), report.toJson());
        Files.writeString(options.outputDirectory().resolve("summary.txt"), report.summary());
        Files.writeString(options.outputDirectory().resolve("report.html"), HtmlChart.render(report));
        System.out.print(report.summary());
        log.println("[bench] report written to " + options.outputDirectory().toAbsolutePath());
        System.exit(report.passed() ? 0 : 1);
    }

    private static OrderCosts.Counters counters(KafkaProbe kafka, DatabaseProbe database, PrintStream log)
            throws InterruptedException {
        Optional<Long> commits = Optional.empty();
        try {
            commits = database.committedTransactions();
            if (commits.isEmpty()) {
                log.println("[bench] database commits not counted: no database is named like the --databases "
                        + "pattern");
            }
        } catch (SQLException unreachable) {
            log.println("[bench] database commits not counted: " + unreachable.getMessage());
        }
        Optional<KafkaProbe.Records> records = Optional.empty();
        try {
            records = Optional.of(kafka.records());
        } catch (ExecutionException | TimeoutException | RuntimeException unreachable) {
            log.println("[bench] Kafka records not counted: " + unreachable);
        }
        return new OrderCosts.Counters(commits, records);
    }

    private static void warnIfTooShortForChaos(BenchOptions options, PrintStream log) {
        options.chaosEvery().ifPresent(every -> {
            Duration lastFault = every.multipliedBy(ChaosMonkey.VICTIMS.size());
            if (options.duration().map(duration -> duration.compareTo(lastFault) <= 0).orElse(true)) {
                log.println("[chaos] all " + ChaosMonkey.VICTIMS.size() + " faults need a run longer than "
                        + lastFault.toSeconds() + " s: give --duration");
            }
        });
    }
}
