package dev.comptoir.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The main run's load on each limit the baselines measured: per-order cost × orders/s against the limit. */
public final class LimitRatios {

    /** One limit: {@code fraction} 1.0 means the run alone would use all of it. */
    public record LimitRatio(String limit, String unit, double perOrder, double ordersPerSecond,
            double demandPerSecond, double limitPerSecond, double fraction, String line) {
    }

    private LimitRatios() {
    }

    public static List<LimitRatio> of(double ordersPerSecond, OrderCosts costs, List<BaselineResult> baselines) {
        List<LimitRatio> ratios = new ArrayList<>();
        ratio("HTTP", "req", costs.httpRequests(), ordersPerSecond, baseline(baselines, "http"))
                .ifPresent(ratios::add);
        ratio("DB", "commits", costs.databaseCommits(), ordersPerSecond, baseline(baselines, "database"))
                .ifPresent(ratios::add);
        ratio("Kafka", "records", costs.kafkaRecords(), ordersPerSecond, baseline(baselines, "kafka"))
                .ifPresent(ratios::add);
        return ratios;
    }

    /** How many no-op HTTP requests fit in the time of a step, median against median. */
    public static Optional<String> latencyAgainstNoOp(String step, double stepP50Ms, List<BaselineResult> baselines) {
        return baseline(baselines, "http").filter(http -> http.p50Ms() > 0).map(http -> String.format(Locale.ROOT,
                "%s p50 %.2f ms = %.1f × the %.2f ms p50 of a no-op HTTP request", step, stepP50Ms,
                stepP50Ms / http.p50Ms(), http.p50Ms()));
    }

    private static Optional<LimitRatio> ratio(String limit, String unit, Optional<Double> perOrder,
            double ordersPerSecond, Optional<BaselineResult> baseline) {
        if (perOrder.isEmpty() || baseline.isEmpty() || baseline.get().perSecond() <= 0) {
            return Optional.empty();
        }
        double demand = Math.round(perOrder.get() * ordersPerSecond * 10) / 10.0;
        double limitPerSecond = baseline.get().perSecond();
        double fraction = Math.round(demand / limitPerSecond * 100) / 100.0;
        return Optional.of(new LimitRatio(limit, unit, perOrder.get(), ordersPerSecond, demand, limitPerSecond,
                fraction, String.format(Locale.ROOT, "%s: %.1f %s per order × %.1f orders/s = %.0f %s/s = %.2f of "
                        + "the %.0f %s/s limit", limit, perOrder.get(), unit, ordersPerSecond, demand, unit, fraction,
                        limitPerSecond, unit)));
    }

    private static Optional<BaselineResult> baseline(List<BaselineResult> baselines, String name) {
        return baselines.stream().filter(b -> b.name().equals(name) && b.measured()).findFirst();
    }
}
