package dev.comptoir.orders.pricing;

/** A sales tax or VAT rate in basis points (7.25 % is 725), and whether shipping is taxed too. */
public record TaxRate(int basisPoints, boolean onShipping) {
    public static final TaxRate NONE = new TaxRate(0, false);
}
