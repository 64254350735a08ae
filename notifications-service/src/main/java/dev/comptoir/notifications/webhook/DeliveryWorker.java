package dev.comptoir.notifications.webhook;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends due deliveries, every {@code comptoir.webhooks.poll-interval}: claims a batch, sends each in parallel outside
 * any transaction, records each attempt. Several replicas each run one; the claim keeps them apart. A batch's sends
 * all run at once, so one claim lease ({@code comptoir.webhooks.claim-lease}, longer than the timeout) covers them.
 */
@ApplicationScoped
public class DeliveryWorker {
    private final Deliveries deliveries;
    private final HttpSender sender;
    private final int batchSize;
    private final ExecutorService senders;

    public DeliveryWorker(Deliveries deliveries,
            @ConfigProperty(name = "comptoir.webhooks.allow-private-targets") boolean allowPrivateTargets,
            @ConfigProperty(name = "comptoir.webhooks.timeout") Duration timeout,
            @ConfigProperty(name = "comptoir.webhooks.batch-size") int batchSize) {
        this.deliveries = deliveries;
        this.sender = new HttpSender(new TargetPolicy(allowPrivateTargets), timeout, Clock.systemUTC());
        this.batchSize = batchSize;
        this.senders = Executors.newFixedThreadPool(batchSize, runnable -> {
            Thread thread = new Thread(runnable, "webhook-sender");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Scheduled(every = "{comptoir.webhooks.poll-interval}", concurrentExecution = ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void deliverDue() {
        List<Deliveries.Claimed> claimed = deliveries.claimDue(batchSize);
        CompletableFuture.allOf(claimed.stream()
                .map(claim -> CompletableFuture.runAsync(() -> attempt(claim), senders))
                .toArray(CompletableFuture[]::new)).join();
    }

    private void attempt(Deliveries.Claimed claim) {
        DeliveryTarget.Prepared prepared = claim.prepared();
        AttemptResult result = prepared.request() != null ? sender.send(prepared.request())
                : AttemptResult.noAnswer(Clock.systemUTC().instant(), Duration.ZERO, prepared.unsendable());
        deliveries.record(claim.deliveryId(), result);
    }

    @PreDestroy
    void stop() {
        senders.shutdownNow();
    }
}
