package dev.comptoir.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InvariantsTest {
    private static Invariants.OrderState order(String id, String status, Invariants.PaymentState... payments) {
        return new Invariants.OrderState(id, status, List.of(payments));
    }

    private static Invariants.PaymentState paid(long amount, long authorized, long captured) {
        return new Invariants.PaymentState(amount, authorized, captured);
    }

    @Test
    void settledOrdersPaidOnceAndStockInRangeHold() {
        Invariants.Verdict verdict = Invariants.check(List.of(order("o1", "confirmed", paid(2423, 2423, 0)),
                        order("o2", "completed", paid(1800, 1800, 1800)), order("o3", "canceled", paid(900, 0, 0)),
                        order("o4", "canceled")),
                List.of(new Invariants.StockState("mug-black", 0, 0)), List.of());

        assertTrue(verdict.holds(), verdict.violations().toString());
        assertEquals(Map.of("canceled", 2L, "completed", 1L, "confirmed", 1L), verdict.byStatus());
        assertEquals(4, verdict.orders());
    }

    @Test
    void anOrderStillWaitingOrNeedingAPersonHasNotSettled() {
        Invariants.Verdict verdict = Invariants.check(List.of(order("o1", "created"), order("o2", "manual_review"),
                order("o3", "unknown")), List.of(), List.of());

        assertEquals(List.of("o1 did not settle: created", "o2 did not settle: manual_review",
                "o3 did not settle: unknown"), verdict.violations());
    }

    @Test
    void aSecondPaymentOrACaptureBeyondTheAuthorizationIsAViolation() {
        Invariants.Verdict verdict = Invariants.check(List.of(
                order("o1", "confirmed", paid(2423, 2423, 0), paid(2423, 2423, 0)),
                order("o2", "completed", paid(1800, 1000, 1800)),
                order("o3", "confirmed", paid(1800, 3600, 0))), List.of(), List.of());

        assertEquals(List.of("o1 has 2 payments", "o2 captured 1800 but authorized 1000",
                "o3 authorized 3600 of 1800"), verdict.violations());
    }

    @Test
    void negativeStockAndWhatCouldNotBeReadAreViolations() {
        Invariants.Verdict verdict = Invariants.check(List.of(),
                List.of(new Invariants.StockState("mug-black", -1, 0), new Invariants.StockState("socks", 3, -2)),
                List.of("stock of coffee unreadable: connection_refused"));

        assertEquals(List.of("stock of coffee unreadable: connection_refused",
                "mug-black stock went negative: on_hand -1, reserved 0",
                "socks stock went negative: on_hand 3, reserved -2"), verdict.violations());
    }
}
