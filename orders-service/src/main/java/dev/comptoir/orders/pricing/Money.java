package dev.comptoir.orders.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;

/**
 * Amounts are integer minor units of their ISO 4217 currency: cents for USD and EUR, yen for JPY (a zero-decimal
 * currency: ¥700 is 700, not 70000). Arithmetic is exact: a result that does not fit a {@code long} throws
 * {@link ArithmeticException}.
 */
public final class Money {
    private Money() {
    }

    public static int fractionDigits(String currency) {
        return Currency.getInstance(currency.toUpperCase(Locale.ROOT)).getDefaultFractionDigits();
    }

    /** {@code major} units (e.g. 5.00 USD) in minor units of {@code currency}; exact, or an exception. */
    public static long minor(BigDecimal major, String currency) {
        return major.movePointRight(fractionDigits(currency)).longValueExact();
    }

    /** For people: {@code 5000} USD is "USD 50.00", {@code 700} JPY is "JPY 700". */
    public static String display(long minor, String currency) {
        return currency.toUpperCase(Locale.ROOT) + " " + BigDecimal.valueOf(minor, fractionDigits(currency)).toPlainString();
    }

    /** {@code basisPoints}/10 000 of {@code amount}, rounded half up to a minor unit. */
    public static long percentOf(long amount, int basisPoints) {
        return share(amount, basisPoints, 10_000);
    }

    /** {@code amount * numerator / denominator}, rounded half up to a minor unit. */
    public static long share(long amount, long numerator, long denominator) {
        return BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(numerator))
                .divide(BigDecimal.valueOf(denominator), 0, RoundingMode.HALF_UP).longValueExact();
    }

    /**
     * Splits {@code amount} in proportion to {@code weights}; the shares add up to {@code amount} exactly (remainders go
     * to the largest fractional parts, ties to the first).
     */
    public static long[] allocate(long amount, long[] weights) {
        long[] shares = new long[weights.length];
        long total = 0;
        for (long weight : weights) {
            total = Math.addExact(total, weight);
        }
        if (total == 0) {
            return shares;
        }
        long allocated = 0;
        BigDecimal[] remainders = new BigDecimal[weights.length];
        for (int i = 0; i < weights.length; i++) {
            BigDecimal exact = BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(weights[i]))
                    .divide(BigDecimal.valueOf(total), 12, RoundingMode.DOWN);
            shares[i] = exact.setScale(0, RoundingMode.DOWN).longValueExact();
            remainders[i] = exact.subtract(BigDecimal.valueOf(shares[i]));
            allocated += shares[i];
        }
        for (long left = Math.subtractExact(amount, allocated); left > 0; left--) {
            int largest = 0;
            for (int i = 1; i < weights.length; i++) {
                if (remainders[i].compareTo(remainders[largest]) > 0) {
                    largest = i;
                }
            }
            shares[largest]++;
            remainders[largest] = BigDecimal.valueOf(-1);
        }
        return shares;
    }
}
