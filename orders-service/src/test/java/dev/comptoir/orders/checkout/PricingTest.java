package dev.comptoir.orders.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PricingTest {

    @Test
    void taxAppliesToItemsAndShippingAtTheDestinationRate() {
        Amounts quote = Pricing.quote(List.of(1800L, 2500L), Pricing.STANDARD, "US", "CA");
        assertEquals(4300, quote.itemsTotal());
        assertEquals(500, quote.shipping());
        assertEquals(348, quote.tax(), "7.25% of 4800 = 348");
        assertEquals(5148, quote.total());
    }

    @Test
    void taxRoundsHalfUp() {
        assertEquals(1, Pricing.tax(7, 725), "0.5075 rounds to 1");
        assertEquals(0, Pricing.tax(6, 725), "0.435 rounds to 0");
    }

    @Test
    void regionWithoutItsOwnRateFallsBackToTheCountry() {
        assertEquals(2000, Pricing.taxRate("fr", "IDF"));
        assertEquals(0, Pricing.taxRate("US", "OR"));
    }

    @Test
    void standardShippingIsFreeFromTheThreshold() {
        assertEquals(0, Pricing.quote(List.of(5000L), Pricing.STANDARD, "US", "OR").shipping());
        assertEquals(500, Pricing.quote(List.of(4999L), Pricing.STANDARD, "US", "OR").shipping());
        assertEquals(1500, Pricing.quote(List.of(5000L), Pricing.EXPRESS, "US", "OR").shipping());
    }

    @Test
    void noAddressYetMeansNoTax() {
        assertEquals(0, Pricing.quote(List.of(1000L), Pricing.STANDARD, null, null).tax());
    }
}
