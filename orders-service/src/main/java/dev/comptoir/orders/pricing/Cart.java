package dev.comptoir.orders.pricing;

import java.util.List;

/**
 * What the agent asked for: lines in {@code currency}, the destination ({@code country} null until known), the
 * shipping option it chose (null: the first), and the discount codes it submitted.
 */
public record Cart(String currency, List<CartLine> lines, String country, String region, String shippingOption,
        List<String> discountCodes) {
}
