package dev.comptoir.payments.psp;

import java.util.Map;

/** What the sandbox does with a card number: Stripe's test cards behave as they do at Stripe. */
public final class TestCards {
    private static final Map<String, SandboxOutcome> SPECIAL = Map.of(
            "4000000000000002", SandboxOutcome.CARD_DECLINED,
            "4000000000009995", SandboxOutcome.INSUFFICIENT_FUNDS,
            "4000000000009987", SandboxOutcome.LOST_CARD,
            "4000000000009979", SandboxOutcome.STOLEN_CARD,
            "4000000000000069", SandboxOutcome.EXPIRED_CARD,
            "4000002500003155", SandboxOutcome.REQUIRES_3DS,
            "4000000000005126", SandboxOutcome.REFUND_FAILS);

    private TestCards() {
    }

    public static SandboxOutcome outcomeOf(String number) {
        return SPECIAL.getOrDefault(number, SandboxOutcome.APPROVED);
    }

    /** The Luhn checksum every real card number satisfies. */
    public static boolean isValidNumber(String number) {
        if (number == null || !number.matches("\\d{12,19}")) {
            return false;
        }
        int sum = 0;
        boolean doubleIt = false;
        for (int i = number.length() - 1; i >= 0; i--) {
            int digit = number.charAt(i) - '0';
            if (doubleIt) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }

    public static String brandOf(String number) {
        if (number.startsWith("4")) {
            return "visa";
        }
        if (number.matches("5[1-5].*|2[2-7].*")) {
            return "mastercard";
        }
        if (number.matches("3[47].*")) {
            return "amex";
        }
        if (number.startsWith("6")) {
            return "discover";
        }
        return "unknown";
    }
}
