package dev.comptoir.orders.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.comptoir.orders.returns.OrderReturn.Status;
import dev.comptoir.orders.returns.ReturnFlow.Ask;
import dev.comptoir.orders.returns.ReturnFlow.Decision;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ReturnFlowTest {
    private final ReturnFlow flow = new ReturnFlow(3, 2);

    @Test
    void fulfillmentsVerdictMovesARequestedReturnOnlyOnce() {
        assertEquals(new Decision(Status.AUTHORIZED, Ask.NOTHING), flow.authorized(Status.REQUESTED));
        assertEquals(new Decision(Status.REJECTED, Ask.NOTHING), flow.rejected(Status.REQUESTED));
        for (Status status : EnumSet.complementOf(EnumSet.of(Status.REQUESTED))) {
            assertFalse(flow.authorized(status).applies(), "a repeated or late verdict changes nothing: " + status);
            assertFalse(flow.rejected(status).applies(), status.name());
        }
    }

    @Test
    void goodsReceivedAskARefundUnlessNothingIsOwed() {
        assertEquals(new Decision(Status.REFUND_PENDING, Ask.NEW_REFUND), flow.received(Status.AUTHORIZED, 1500));
        assertEquals(new Decision(Status.REFUNDED, Ask.NOTHING), flow.received(Status.AUTHORIZED, 0));
    }

    @Test
    void goodsArrivingAfterTheReturnExpiredAreStillRefunded() {
        assertEquals(new Decision(Status.REFUND_PENDING, Ask.NEW_REFUND), flow.received(Status.EXPIRED, 900));
    }

    @Test
    void goodsReceivedTwiceAreRefundedOnce() {
        for (Status status : EnumSet.complementOf(EnumSet.of(Status.AUTHORIZED, Status.EXPIRED))) {
            assertFalse(flow.received(status, 1500).applies(), status.name());
        }
    }

    @Test
    void aSucceededRefundSettlesThePendingReturnOnly() {
        assertEquals(new Decision(Status.REFUNDED, Ask.NOTHING), flow.refundSucceeded(Status.REFUND_PENDING));
        assertFalse(flow.refundSucceeded(Status.REFUNDED).applies());
        assertFalse(flow.refundSucceeded(Status.MANUAL_REVIEW).applies());
    }

    @Test
    void aFailedRefundIsAskedAgainWithANewRefundThenGoesToManualReview() {
        assertEquals(new Decision(Status.REFUND_PENDING, Ask.NEW_REFUND), flow.refundFailed(Status.REFUND_PENDING, 1));
        assertEquals(new Decision(Status.REFUND_PENDING, Ask.NEW_REFUND), flow.refundFailed(Status.REFUND_PENDING, 2));
        assertEquals(new Decision(Status.MANUAL_REVIEW, Ask.NOTHING), flow.refundFailed(Status.REFUND_PENDING, 3));
        assertFalse(flow.refundFailed(Status.REFUNDED, 1).applies());
    }

    @Test
    void anUnansweredVerdictIsAskedAgainThenGoesToManualReview() {
        assertEquals(new Decision(Status.REQUESTED, Ask.REVIEW_AGAIN), flow.deadlinePassed(Status.REQUESTED, 1));
        assertEquals(new Decision(Status.MANUAL_REVIEW, Ask.NOTHING), flow.deadlinePassed(Status.REQUESTED, 2));
    }

    @Test
    void anUnansweredRefundIsAskedAgainUnderTheSameIdThenGoesToManualReview() {
        assertEquals(new Decision(Status.REFUND_PENDING, Ask.SAME_REFUND_AGAIN),
                flow.deadlinePassed(Status.REFUND_PENDING, 1));
        assertEquals(new Decision(Status.MANUAL_REVIEW, Ask.NOTHING), flow.deadlinePassed(Status.REFUND_PENDING, 2));
    }

    @Test
    void goodsNeverSentExpireTheReturn() {
        assertEquals(new Decision(Status.EXPIRED, Ask.NOTHING), flow.deadlinePassed(Status.AUTHORIZED, 1));
    }

    @Test
    void settledReturnsHaveNoDeadline() {
        for (Status status : EnumSet.of(Status.REJECTED, Status.REFUNDED, Status.MANUAL_REVIEW, Status.EXPIRED)) {
            assertFalse(flow.deadlinePassed(status, 1).applies(), status.name());
        }
    }

    @Test
    void aFlowWithoutAttemptsIsAConfigurationError() {
        assertThrows(IllegalArgumentException.class, () -> new ReturnFlow(0, 3));
        assertThrows(IllegalArgumentException.class, () -> new ReturnFlow(3, 0));
    }
}
