package dev.comptoir.contracts;

/** The CloudEvents source ({@code ce_source}) of each publishing service, as its {@code comptoir.events.source}. */
public final class Sources {
    public static final String ORDERS = "/orders";
    public static final String PAYMENTS = "/payments";
    public static final String FULFILLMENT = "/fulfillment";

    private Sources() {
    }
}
