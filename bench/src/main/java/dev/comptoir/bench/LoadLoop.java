package dev.comptoir.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.HdrHistogram.ConcurrentHistogram;

/** N agents doing one operation back to back for a while, timed: how a baseline is measured. */
public final class LoadLoop {
    /** One operation by one agent; agents are numbered from 0, so each may own a connection. */
    @FunctionalInterface
    public interface Operation {
        void run(int agent) throws Exception;
    }

    private LoadLoop() {
    }

    /** The first failure of any agent ends the measurement: the limit is then reported as not measured. */
    public static BaselineResult measure(String name, String unit, int agents, Duration duration,
            Operation operation) throws InterruptedException {
        ConcurrentHistogram micros = new ConcurrentHistogram(3);
        micros.setAutoResize(true);
        ExecutorService pool = Executors.newFixedThreadPool(agents);
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        List<Future<?>> running = new ArrayList<>();
        for (int agent = 0; agent < agents; agent++) {
            int number = agent;
            running.add(pool.submit(() -> {
                while (System.nanoTime() < deadline) {
                    long before = System.nanoTime();
                    operation.run(number);
                    micros.recordValue((System.nanoTime() - before) / 1_000);
                }
                return null;
            }));
        }
        try {
            for (Future<?> agent : running) {
                agent.get();
            }
        } catch (ExecutionException failed) {
            return BaselineResult.notMeasured(name, unit, String.valueOf(failed.getCause()));
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long count = micros.getTotalCount();
        return new BaselineResult(name, unit, true, null, count, Math.round(count / seconds * 10) / 10.0,
                millis(micros.getValueAtPercentile(50)), millis(micros.getValueAtPercentile(99)));
    }

    private static double millis(long micros) {
        return Math.round(micros / 10.0) / 100.0;
    }
}
