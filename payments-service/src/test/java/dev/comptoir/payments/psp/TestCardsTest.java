package dev.comptoir.payments.psp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TestCardsTest {

    @Test
    void stripeTestCardsBehaveAsAtStripe() {
        assertEquals(SandboxOutcome.APPROVED, TestCards.outcomeOf("4242424242424242"));
        assertEquals(SandboxOutcome.CARD_DECLINED, TestCards.outcomeOf("4000000000000002"));
        assertEquals(SandboxOutcome.INSUFFICIENT_FUNDS, TestCards.outcomeOf("4000000000009995"));
        assertEquals(SandboxOutcome.REQUIRES_3DS, TestCards.outcomeOf("4000002500003155"));
    }

    @Test
    void cardNumbersFailingTheLuhnChecksumAreInvalid() {
        assertTrue(TestCards.isValidNumber("4242424242424242"));
        assertTrue(TestCards.isValidNumber("5555555555554444"));
        assertFalse(TestCards.isValidNumber("4242424242424241"));
        assertFalse(TestCards.isValidNumber("4242 4242 4242 4242"));
        assertFalse(TestCards.isValidNumber(null));
    }

    @Test
    void brandComesFromTheNumber() {
        assertEquals("visa", TestCards.brandOf("4242424242424242"));
        assertEquals("mastercard", TestCards.brandOf("5555555555554444"));
        assertEquals("amex", TestCards.brandOf("378282246310005"));
    }
}
