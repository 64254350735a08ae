package dev.comptoir.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;

/** Runs the agent simulator against a running stack and writes report.json, summary.txt and report.html. */
public final class Bench {
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

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
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(Math.max(2, options.agents()))).build();
        CheckoutFlow flow = new CheckoutFlow(new AcpClient(http, options.agentToken(), REQUEST_TIMEOUT), options);
        System.err.println("[bench] " + options);

        Report report = Report.of(new AgentSimulator(options, flow, System.err).run());

        Files.createDirectories(options.outputDirectory());
        Files.writeString(options.outputDirectory().resolve("report.json"), report.toJson());
        Files.writeString(options.outputDirectory().resolve("summary.txt"), report.summary());
        Files.writeString(options.outputDirectory().resolve("report.html"), HtmlChart.render(report));
        System.out.print(report.summary());
        System.err.println("[bench] report written to " + options.outputDirectory().toAbsolutePath());
        System.exit(report.confirmed() > 0 ? 0 : 1);
    }
}
