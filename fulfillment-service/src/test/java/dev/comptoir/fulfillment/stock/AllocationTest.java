package dev.comptoir.fulfillment.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AllocationTest {

    @Test
    void orderIsFulfillableWhenEveryLineIsAvailable() {
        Allocation allocation = Allocation.plan(Map.of("mug", 2, "tee", 1), Map.of("mug", 2, "tee", 5));
        assertTrue(allocation.fulfillable());
        assertEquals(Map.of("mug", 2, "tee", 1), allocation.quantities());
    }

    @Test
    void oneShortLineMakesTheWholeOrderShortNamingOnlyThatSku() {
        Allocation allocation = Allocation.plan(Map.of("mug", 3, "tee", 1), Map.of("mug", 2, "tee", 5));
        assertFalse(allocation.fulfillable());
        assertEquals(List.of("mug"), allocation.shortSkus());
    }

    @Test
    void unknownSkuIsShort() {
        assertEquals(List.of("ghost"), Allocation.plan(Map.of("ghost", 1), Map.of()).shortSkus());
    }

    @Test
    void linesOfTheSameSkuAreAddedUp() {
        Map<String, Integer> bySku = Allocation.bySku(List.of(Map.entry("mug", 2), Map.entry("tee", 1),
                Map.entry("mug", 3)));
        assertEquals(Map.of("mug", 5, "tee", 1), bySku);
        assertFalse(Allocation.plan(bySku, Map.of("mug", 4, "tee", 1)).fulfillable());
    }
}
