package dev.comptoir.bench;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** The line printed every couple of seconds while agents run. */
public final class ProgressLine {
    private ProgressLine() {
    }

    public static String format(long confirmed, long errors, Optional<Integer> targetOrders, Duration elapsed,
            Optional<Duration> targetDuration) {
        double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
        String target = targetOrders.map(orders -> (confirmed + errors) + "/" + orders + " done")
                .orElseGet(() -> (confirmed + errors) + " done in " + elapsed.toSeconds() + "s of "
                        + targetDuration.map(Duration::toSeconds).orElse(0L) + "s");
        return String.format(Locale.ROOT, "[bench] %s, %d confirmed, %.1f orders/s, %d errors",
                target, confirmed, confirmed / seconds, errors);
    }
}
