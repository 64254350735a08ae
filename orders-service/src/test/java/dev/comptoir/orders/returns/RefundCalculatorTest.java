package dev.comptoir.orders.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.comptoir.orders.returns.RefundCalculator.ReturnedPart;
import java.util.List;
import org.junit.jupiter.api.Test;

class RefundCalculatorTest {

    @Test
    void aLineReturnedInPartsRefundsExactlyItsTotal() {
        long first = RefundCalculator.refund(List.of(new ReturnedPart(1000, 3, 0, 1)), false, true, 0);
        long second = RefundCalculator.refund(List.of(new ReturnedPart(1000, 3, 1, 1)), false, true, 0);
        long third = RefundCalculator.refund(List.of(new ReturnedPart(1000, 3, 2, 1)), false, true, 0);
        assertEquals(333, first);
        assertEquals(334, second);
        assertEquals(1000, first + second + third);
    }

    @Test
    void shippingComesBackOnlyWithTheWholeOrderAndWhenThePolicySaysSo() {
        List<ReturnedPart> all = List.of(new ReturnedPart(2175, 1, 0, 1), new ReturnedPart(1000, 2, 0, 2));
        assertEquals(3175 + 536, RefundCalculator.refund(all, true, true, 536));
        assertEquals(3175, RefundCalculator.refund(all, true, false, 536));
        assertEquals(2175, RefundCalculator.refund(List.of(all.get(0)), false, true, 536));
    }
}
