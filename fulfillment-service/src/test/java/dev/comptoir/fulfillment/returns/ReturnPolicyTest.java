package dev.comptoir.fulfillment.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReturnPolicyTest {
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-05-01T12:00:00Z");
    private static final ReturnPolicy POLICY = new ReturnPolicy(Duration.ofDays(30));

    @Test
    void deliveredLineInsideTheWindowMayComeBack() {
        assertEquals(Optional.empty(), POLICY.check(Map.of("li_1", 2),
                Map.of("li_1", delivered(2, NOW.minusDays(3), 0)), NOW));
    }

    @Test
    void partOfALineMayComeBackAndTheRestLater() {
        assertEquals(Optional.empty(), POLICY.check(Map.of("li_1", 1),
                Map.of("li_1", delivered(3, NOW.minusDays(1), 0)), NOW));
        assertEquals(Optional.empty(), POLICY.check(Map.of("li_1", 2),
                Map.of("li_1", delivered(3, NOW.minusDays(1), 1)), NOW));
    }

    @Test
    void moreThanDeliveredLessEarlierReturnsIsRejected() {
        assertEquals(Optional.of(Rejection.QUANTITY_EXCEEDS_DELIVERED), POLICY.check(Map.of("li_1", 3),
                Map.of("li_1", delivered(2, NOW.minusDays(1), 0)), NOW));
        assertEquals(Optional.of(Rejection.QUANTITY_EXCEEDS_DELIVERED), POLICY.check(Map.of("li_1", 2),
                Map.of("li_1", delivered(3, NOW.minusDays(1), 2)), NOW));
    }

    @Test
    void lineNotYetDeliveredOrNeverShippedIsNotDelivered() {
        LineHistory inTransit = new LineHistory("mug", false, 0, null, 0);
        assertEquals(Optional.of(Rejection.NOT_DELIVERED),
                POLICY.check(Map.of("li_1", 1), Map.of("li_1", inTransit), NOW));
        assertEquals(Optional.of(Rejection.NOT_DELIVERED), POLICY.check(Map.of("li_9", 1), Map.of(), NOW));
    }

    @Test
    void windowCountsFromDeliveryAndItsLastMomentStillCounts() {
        assertEquals(Optional.empty(), POLICY.check(Map.of("li_1", 1),
                Map.of("li_1", delivered(1, NOW.minusDays(30), 0)), NOW));
        assertEquals(Optional.of(Rejection.RETURN_WINDOW_EXPIRED), POLICY.check(Map.of("li_1", 1),
                Map.of("li_1", delivered(1, NOW.minusDays(30).minusSeconds(1), 0)), NOW));
    }

    @Test
    void downloadIsNotReturnable() {
        LineHistory download = new LineHistory("ebook", true, 1, NOW.minusDays(1), 0);
        assertEquals(Optional.of(Rejection.NOT_RETURNABLE),
                POLICY.check(Map.of("li_1", 1), Map.of("li_1", download), NOW));
    }

    @Test
    void oneFailingLineRejectsTheWholeReturnWithTheFirstReasonInPolicyOrder() {
        Map<String, LineHistory> history = Map.of(
                "li_1", delivered(1, NOW.minusDays(1), 0),
                "li_2", delivered(1, NOW.minusDays(40), 0),
                "li_3", new LineHistory("tee", false, 0, null, 0));
        assertEquals(Optional.of(Rejection.QUANTITY_EXCEEDS_DELIVERED),
                POLICY.check(Map.of("li_1", 2), history, NOW));
        assertEquals(Optional.of(Rejection.RETURN_WINDOW_EXPIRED),
                POLICY.check(Map.of("li_1", 2, "li_2", 1), history, NOW));
        assertEquals(Optional.of(Rejection.NOT_DELIVERED),
                POLICY.check(Map.of("li_1", 2, "li_2", 1, "li_3", 1), history, NOW));
    }

    @Test
    void reasonsAreTheEventsCodes() {
        assertEquals("not_returnable", Rejection.NOT_RETURNABLE.code());
        assertEquals("return_window_expired", Rejection.RETURN_WINDOW_EXPIRED.code());
    }

    private static LineHistory delivered(int quantity, OffsetDateTime at, int returned) {
        return new LineHistory("mug", false, quantity, at, returned);
    }
}
