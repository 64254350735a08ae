package dev.comptoir.payments.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BalanceTest {

    @Test
    void captureTakesTheWholeAuthorizationOnce() {
        Balance captured = Balance.authorized(5000).capture();
        assertEquals(new Balance(5000, 5000, 0), captured);
        assertThrows(IllegalStateException.class, captured::capture);
    }

    @Test
    void refundsNeverExceedWhatWasCaptured() {
        Balance balance = Balance.authorized(5000).capture().refund(3000);
        assertEquals(2000, balance.refundable());
        assertThrows(IllegalArgumentException.class, () -> balance.refund(2001));
        assertThrows(IllegalArgumentException.class, () -> balance.refund(0));
        assertEquals(0, balance.refund(2000).refundable());
        assertThrows(IllegalArgumentException.class, () -> Balance.authorized(5000).refund(1),
                "nothing captured, nothing to refund");
    }

    @Test
    void failedRefundIsGivenBackToWhatMayBeRefunded() {
        Balance pending = Balance.authorized(5000).capture().refund(5000);
        assertEquals(5000, pending.refundFailed(5000).refundable());
    }

    @Test
    void statusFollowsTheRefunds() {
        Balance captured = Balance.authorized(5000).capture();
        assertEquals(PaymentStatus.CAPTURED, PaymentStatus.afterRefunds(captured));
        assertEquals(PaymentStatus.PARTIALLY_REFUNDED, PaymentStatus.afterRefunds(captured.refund(1)));
        assertEquals(PaymentStatus.REFUNDED, PaymentStatus.afterRefunds(captured.refund(5000)));
    }

    @Test
    void aBalanceBreakingTheLedgerCannotExist() {
        assertThrows(IllegalArgumentException.class, () -> new Balance(100, 200, 0));
        assertThrows(IllegalArgumentException.class, () -> new Balance(100, 100, 101));
        assertThrows(IllegalArgumentException.class, () -> new Balance(100, 0, -1));
    }
}
