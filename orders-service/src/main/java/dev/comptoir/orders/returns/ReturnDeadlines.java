package dev.comptoir.orders.returns;

import dev.comptoir.orders.returns.OrderReturn.Status;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Nothing in a return waits forever: fulfillment's verdict and the refund get {@code comptoir.returns.answer-deadline}
 * per ask, the buyer's parcel {@code comptoir.returns.receipt-deadline}. Each return past its deadline is handled in its
 * own transaction, under its lock, after checking again that it still waits.
 */
@ApplicationScoped
public class ReturnDeadlines {
    private static final Logger LOG = Logger.getLogger(ReturnDeadlines.class);
    private static final int BATCH = 100;

    private final Returns returns;
    private final Duration answerDeadline;
    private final Duration receiptDeadline;

    public ReturnDeadlines(Returns returns,
            @ConfigProperty(name = "comptoir.returns.answer-deadline") Duration answerDeadline,
            @ConfigProperty(name = "comptoir.returns.receipt-deadline") Duration receiptDeadline) {
        this.returns = returns;
        this.answerDeadline = answerDeadline;
        this.receiptDeadline = receiptDeadline;
    }

    @Scheduled(every = "{comptoir.orders.deadline-check-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void check() {
        passDeadlinesAt(OffsetDateTime.now());
    }

    /** Handles the returns whose deadline has passed at {@code now}; returns how many. */
    public int passDeadlinesAt(OffsetDateTime now) {
        OffsetDateTime answerCutoff = now.minus(answerDeadline);
        OffsetDateTime receiptCutoff = now.minus(receiptDeadline);
        List<String> due = QuarkusTransaction.requiringNew().call(() -> OrderReturn.<OrderReturn>find(
                "(status in ?1 and updatedAt < ?2) or (status = ?3 and updatedAt < ?4) order by updatedAt",
                List.of(Status.REQUESTED, Status.REFUND_PENDING), answerCutoff, Status.AUTHORIZED, receiptCutoff)
                .page(0, BATCH).list().stream().map(orderReturn -> orderReturn.id).toList());
        int handled = 0;
        for (String returnId : due) {
            boolean passed = QuarkusTransaction.requiringNew().call(() -> OrderReturn.lockById(returnId)
                    .filter(orderReturn -> isDue(orderReturn, answerCutoff, receiptCutoff))
                    .map(orderReturn -> {
                        returns.deadlinePassed(orderReturn, orderReturn.status == Status.AUTHORIZED
                                ? receiptDeadline.toString() : answerDeadline.toString());
                        return true;
                    }).orElse(false));
            if (passed) {
                handled++;
            }
        }
        if (handled > 0) {
            LOG.warnf("%d return(s) waited past their deadline: asked again, expired or sent to manual review", handled);
        }
        return handled;
    }

    private static boolean isDue(OrderReturn orderReturn, OffsetDateTime answerCutoff, OffsetDateTime receiptCutoff) {
        return switch (orderReturn.status) {
            case REQUESTED, REFUND_PENDING -> orderReturn.updatedAt.isBefore(answerCutoff);
            case AUTHORIZED -> orderReturn.updatedAt.isBefore(receiptCutoff);
            default -> false;
        };
    }
}
