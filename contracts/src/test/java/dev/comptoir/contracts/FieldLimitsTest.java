package dev.comptoir.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class FieldLimitsTest {

    /** The largest order the limits allow, with 100 % tax and a fee on top, is far from overflowing a long. */
    @Test
    void noSumOfAmountsWithinTheLimitsCanOverflow() {
        BigInteger largestOrder = BigInteger.valueOf(FieldLimits.MAX_AMOUNT)
                .multiply(BigInteger.valueOf(FieldLimits.MAX_QUANTITY))
                .multiply(BigInteger.valueOf(FieldLimits.LINE_ITEMS))
                .multiply(BigInteger.TWO).add(BigInteger.valueOf(FieldLimits.MAX_AMOUNT));
        assertTrue(largestOrder.multiply(BigInteger.TEN).compareTo(BigInteger.valueOf(Long.MAX_VALUE)) < 0);
    }

    @Test
    void aCustomerNameHoldsAFirstAndALastNameAtTheirLongest() {
        assertEquals(("x".repeat(FieldLimits.PERSON_NAME) + " " + "y".repeat(FieldLimits.PERSON_NAME)).length(),
                FieldLimits.CUSTOMER_NAME);
    }

    @Test
    void anEmailAtTheLimitHasALocalPartAtItsLimit() {
        assertTrue(EmailAddress.isValid("a".repeat(FieldLimits.EMAIL_LOCAL_PART) + "@"
                + "b".repeat(FieldLimits.EMAIL - FieldLimits.EMAIL_LOCAL_PART - 5) + ".com"));
        assertTrue(FieldLimits.EMAIL <= 320, "fits the varchar(320) e-mail columns");
        assertTrue(FieldLimits.LOCALE <= FieldLimits.LANGUAGE_PREFERENCE);
    }
}
