package dev.comptoir.platform.work;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.jboss.logging.Logger;

/**
 * A named daemon thread that runs one step after another: at once again while the step finds work, else after
 * {@code idleWait} or as soon as {@link #wakeUp()} is called. A failing step is logged and tried again a second later.
 * {@link #stop} lets the step in progress finish: the work stops between two steps.
 */
public final class BackgroundLoop {
    /** One step of work; returns whether there may be more to do right away. */
    @FunctionalInterface
    public interface Step {
        boolean run() throws Exception;
    }

    private static final Logger LOG = Logger.getLogger(BackgroundLoop.class);
    private static final Duration ERROR_BACKOFF = Duration.ofSeconds(1);

    private final String name;
    private final Duration idleWait;
    private final Step step;
    private final UnaryOperator<String> redact;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    public BackgroundLoop(String name, Duration idleWait, Step step) {
        this(name, idleWait, step, UnaryOperator.identity());
    }

    /** {@code redact} cleans a failure's description before it is logged (an SMTP error may quote addresses). */
    public BackgroundLoop(String name, Duration idleWait, Step step, UnaryOperator<String> redact) {
        this.name = name;
        this.idleWait = idleWait;
        this.step = step;
        this.redact = redact;
    }

    public synchronized void start() {
        running = true;
        thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops after the step in progress, waiting for it at most {@code timeout}. */
    public synchronized void stop(Duration timeout) throws InterruptedException {
        running = false;
        wakeUp();
        if (thread != null) {
            thread.join(timeout.toMillis());
        }
    }

    /** Runs the next step now rather than after the idle wait (new work was committed). */
    public void wakeUp() {
        wakeUps.release();
    }

    private void run() {
        while (running) {
            try {
                if (!step.run()) {
                    wakeUps.tryAcquire(idleWait.toMillis(), TimeUnit.MILLISECONDS);
                    wakeUps.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                if (running) {
                    LOG.warnf("%s failed, retrying in %s: %s", name, ERROR_BACKOFF, redact.apply(e.toString()));
                    pause();
                }
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(ERROR_BACKOFF.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
