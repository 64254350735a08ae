package dev.comptoir.orders.checkout;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.comptoir.orders.pricing.CartLine;
import dev.comptoir.orders.pricing.Quote.LineAmounts;
import dev.comptoir.orders.storage.JsonColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.util.Map;
import java.util.TreeMap;

/**
 * One priced line of a cart, and later of the order placed from it; amounts in minor units:
 * {@code total = baseAmount - itemsDiscount - discount + tax}.
 */
@Embeddable
public class PricedLine {
    @Column(name = "line_id")
    public String lineId;
    public String sku;
    public String name;
    public int quantity;
    @Column(name = "unit_amount")
    public long unitAmount;
    @Column(name = "base_amount")
    public long baseAmount;
    @Column(name = "items_discount")
    public long itemsDiscount;
    /** This line's share of order-level discounts. */
    public long discount;
    public long tax;
    public long total;
    public boolean digital;
    @Column(name = "weight_grams")
    public int weightGrams;
    /** The buyer's personalisation. */
    @Convert(converter = CustomizationsJson.class)
    public Customizations customizations = Customizations.NONE;

    public PricedLine() {
    }

    public PricedLine(String lineId, String sku, String name, int quantity, long unitAmount, boolean digital,
            int weightGrams) {
        this.lineId = lineId;
        this.sku = sku;
        this.name = name;
        this.quantity = quantity;
        this.unitAmount = unitAmount;
        this.digital = digital;
        this.weightGrams = weightGrams;
        this.baseAmount = Math.multiplyExact(unitAmount, quantity);
        this.total = baseAmount;
    }

    public CartLine cartLine() {
        return new CartLine(lineId, quantity, unitAmount, weightGrams, digital);
    }

    public long subtotal() {
        return baseAmount - itemsDiscount;
    }

    public void price(LineAmounts amounts) {
        baseAmount = amounts.base();
        itemsDiscount = amounts.itemsDiscount();
        discount = amounts.discount();
        tax = amounts.tax();
        total = amounts.total();
    }

    /** Customization field id to value. */
    public Map<String, String> customizations() {
        return customizations == null ? Map.of() : customizations.values();
    }

    /** Sets one value ({@code null} removes it). */
    public void customize(String field, String value) {
        Map<String, String> values = new TreeMap<>(customizations());
        if (value == null) {
            values.remove(field);
        } else {
            values.put(field, value);
        }
        customizations = new Customizations(values);
    }

    /**
     * An immutable value, so that Hibernate compares it by {@code equals} (a bare map in an element collection cannot
     * be hashed by it).
     */
    public record Customizations(Map<String, String> values) {
        public static final Customizations NONE = new Customizations(Map.of());
    }

    public PricedLine copy() {
        PricedLine copy = new PricedLine(lineId, sku, name, quantity, unitAmount, digital, weightGrams);
        copy.itemsDiscount = itemsDiscount;
        copy.discount = discount;
        copy.tax = tax;
        copy.total = total;
        copy.customizations = customizations;
        return copy;
    }

    public static class CustomizationsJson extends JsonColumn<Customizations> {
        public CustomizationsJson() {
            super(new TypeReference<>() {
            });
        }
    }
}
