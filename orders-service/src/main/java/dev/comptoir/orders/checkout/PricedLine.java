package dev.comptoir.orders.checkout;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One priced line of a cart, and later of the order placed from it; amounts in minor units. */
@Embeddable
public class PricedLine {
    @Column(name = "line_id")
    public String lineId;
    public String sku;
    public String name;
    public int quantity;
    @Column(name = "unit_amount")
    public long unitAmount;
    public long total;

    public PricedLine() {
    }

    public PricedLine(String lineId, String sku, String name, int quantity, long unitAmount) {
        this.lineId = lineId;
        this.sku = sku;
        this.name = name;
        this.quantity = quantity;
        this.unitAmount = unitAmount;
        this.total = Math.multiplyExact(unitAmount, quantity);
    }

    public PricedLine copy() {
        return new PricedLine(lineId, sku, name, quantity, unitAmount);
    }
}
