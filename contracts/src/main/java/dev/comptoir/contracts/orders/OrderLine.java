package dev.comptoir.contracts.orders;

import java.util.Map;

/**
 * One line of an order; amounts in minor units of the order's currency, {@code total} after discounts and with tax.
 * A {@code digital} line is delivered by download, not shipped; {@code customizations} are what the buyer
 * personalised (field id to value, e.g. an engraving), empty for most lines.
 */
public record OrderLine(String lineId, String sku, String name, int quantity, long unitAmount, long total,
        boolean digital, Map<String, String> customizations) {
}
