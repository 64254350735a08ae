package dev.comptoir.bench;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The limits of this machine, measured on the same stack just before the main run, so that the run's figures can be
 * read as fractions of them: a no-op HTTP request, a Kafka round trip, a single-row database commit.
 */
public final class Baselines {
    private Baselines() {
    }

    public static List<BaselineResult> measure(BenchOptions options, Duration duration, HttpClient http,
            KafkaProbe kafka, DatabaseProbe database, PrintStream log) throws InterruptedException {
        List<BaselineResult> results = new ArrayList<>();
        URI live = URI.create(options.ordersManagementUrl() + "/q/health/live");
        HttpRequest request = HttpRequest.newBuilder(live).timeout(Duration.ofSeconds(5)).GET().build();
        results.add(LoadLoop.measure("http", "req", options.agents(), duration, agent -> {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 200) {
                throw new IllegalStateException("HTTP " + status + " from " + live);
            }
        }));
        results.addAll(kafka.baselines(options.agents(), duration));
        results.add(database.commits(options.agents(), duration));
        results.forEach(result -> log.println("[bench] baseline " + result.line()));
        return results;
    }
}
