package dev.comptoir.orders.returns;

import dev.comptoir.orders.returns.OrderReturn.Status;

/**
 * The returns saga's decisions, without storage: where a return goes and what it asks, given where it stands and what
 * happened. Every waiting step has a deadline; a step that gets no answer is asked again (the other side answers a
 * repeated question with the answer it gave), then compensated.
 * <pre>
 * requested      --authorized-------------------------------> authorized
 *                --rejected---------------------------------> rejected
 *                --no answer: ask again, then---------------> manual_review
 * authorized     --received (something to refund)-----------> refund_pending, ask a refund
 *                --received (nothing to refund)-------------> refunded
 *                --never received---------------------------> expired (goods arriving later are still refunded)
 * refund_pending --refund succeeded-------------------------> refunded
 *                --refund failed: a new refund, then--------> manual_review
 *                --no answer: ask the same refund, then-----> manual_review
 * </pre>
 */
public record ReturnFlow(int refundAttempts, int answerAttempts) {

    /** What to ask of the other services along with the move. */
    public enum Ask {
        NOTHING,
        /** ReturnRequested again, same return id: fulfillment repeats its verdict. */
        REVIEW_AGAIN,
        /** RefundRequested with a new refund id. */
        NEW_REFUND,
        /** RefundRequested again with the same refund id: payments repeats its outcome, never refunds twice. */
        SAME_REFUND_AGAIN
    }

    /** {@code next} is null when the event does not apply to the return as it stands (a late or repeated answer). */
    public record Decision(Status next, Ask ask) {
        static final Decision IGNORED = new Decision(null, Ask.NOTHING);

        public boolean applies() {
            return next != null;
        }
    }

    public ReturnFlow {
        if (refundAttempts < 1 || answerAttempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
    }

    public Decision authorized(Status status) {
        return status == Status.REQUESTED ? new Decision(Status.AUTHORIZED, Ask.NOTHING) : Decision.IGNORED;
    }

    public Decision rejected(Status status) {
        return status == Status.REQUESTED ? new Decision(Status.REJECTED, Ask.NOTHING) : Decision.IGNORED;
    }

    /** Authorized, or expired but the goods came anyway. */
    public boolean awaitsGoods(Status status) {
        return status == Status.AUTHORIZED || status == Status.EXPIRED;
    }

    public Decision received(Status status, long refundAmount) {
        if (!awaitsGoods(status)) {
            return Decision.IGNORED;
        }
        return refundAmount == 0 ? new Decision(Status.REFUNDED, Ask.NOTHING)
                : new Decision(Status.REFUND_PENDING, Ask.NEW_REFUND);
    }

    public Decision refundSucceeded(Status status) {
        return status == Status.REFUND_PENDING ? new Decision(Status.REFUNDED, Ask.NOTHING) : Decision.IGNORED;
    }

    /** {@code refundsAsked}: how many refund ids this return has used. */
    public Decision refundFailed(Status status, int refundsAsked) {
        if (status != Status.REFUND_PENDING) {
            return Decision.IGNORED;
        }
        return refundsAsked < refundAttempts ? new Decision(Status.REFUND_PENDING, Ask.NEW_REFUND)
                : new Decision(Status.MANUAL_REVIEW, Ask.NOTHING);
    }

    /** The step's deadline passed with no answer; {@code asks}: how many times the current step was asked. */
    public Decision deadlinePassed(Status status, int asks) {
        return switch (status) {
            case REQUESTED -> asks < answerAttempts ? new Decision(Status.REQUESTED, Ask.REVIEW_AGAIN)
                    : new Decision(Status.MANUAL_REVIEW, Ask.NOTHING);
            case AUTHORIZED -> new Decision(Status.EXPIRED, Ask.NOTHING);
            case REFUND_PENDING -> asks < answerAttempts ? new Decision(Status.REFUND_PENDING, Ask.SAME_REFUND_AGAIN)
                    : new Decision(Status.MANUAL_REVIEW, Ask.NOTHING);
            case REJECTED, REFUNDED, MANUAL_REVIEW, EXPIRED -> Decision.IGNORED;
        };
    }
}
