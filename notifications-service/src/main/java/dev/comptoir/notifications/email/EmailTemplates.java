package dev.comptoir.notifications.email;

import dev.comptoir.contracts.orders.OrderCanceled;
import dev.comptoir.contracts.orders.OrderConfirmed;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.stream.Collectors;

/** Writes the customer e-mails. Amounts are minor units, shown in the currency's own number of decimals. */
public final class EmailTemplates {
    private final String shopName;

    public EmailTemplates(String shopName) {
        this.shopName = shopName;
    }

    public Email confirmation(OrderConfirmed order) {
        String lines = order.lines().stream()
                .map(line -> "  " + line.quantity() + " x " + line.name() + "  " + money(line.total(), order.currency()))
                .collect(Collectors.joining("\n"));
        String body = "Hello " + order.customer().name() + ",\n\n"
                + "Thank you for your order " + order.orderId() + ". It is confirmed and we are preparing it.\n\n"
                + lines + "\n\n"
                + "Total charged: " + money(order.total(), order.currency()) + "\n\n"
                + shopName + "\n";
        return new Email(order.customer().email(), shopName + ": your order " + order.orderId() + " is confirmed",
                body);
    }

    public Email cancellation(OrderCanceled order) {
        String body = "Hello " + order.customer().name() + ",\n\n"
                + "Your order " + order.orderId() + " has been canceled (" + order.reason().replace('_', ' ')
                + "). Nothing is charged for it: an authorization is released, and any amount taken is refunded.\n\n"
                + shopName + "\n";
        return new Email(order.customer().email(), shopName + ": your order " + order.orderId() + " was canceled",
                body);
    }

    static String money(long minorUnits, String currencyCode) {
        Currency currency = Currency.getInstance(currencyCode.toUpperCase(Locale.ROOT));
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        return BigDecimal.valueOf(minorUnits, digits).toPlainString() + " " + currency.getCurrencyCode();
    }

}
