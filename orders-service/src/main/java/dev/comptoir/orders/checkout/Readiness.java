package dev.comptoir.orders.checkout;

import dev.comptoir.contracts.FieldLimits;
import dev.comptoir.orders.catalog.CatalogItem;
import dev.comptoir.orders.catalog.CatalogItem.CustomizationField;
import dev.comptoir.orders.checkout.AcpModel.Message;
import dev.comptoir.orders.pricing.Discounts;
import dev.comptoir.orders.pricing.Money;
import dev.comptoir.orders.pricing.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the agent must know about a priced session: errors block payment (the session stays
 * {@code not_ready_for_payment}), warnings do not. Each names the field ({@code param}, JSONPath into the session) and
 * who can fix it: the agent through the API ({@code recoverable}) or the buyer ({@code requires_buyer_input}).
 */
public final class Readiness {
    private Readiness() {
    }

    /** Stock is what fulfillment last reported per SKU (absent: not known, assumed available). */
    public static List<Message> review(CheckoutSession session, Quote quote, Map<String, CatalogItem> catalog,
            Map<String, Integer> available, int lowStockThreshold, List<String> destinations) {
        List<Message> messages = new ArrayList<>();
        if (quote.needsShipping()) {
            addressMessages(session, quote, destinations, messages);
        }
        if (session.buyerEmail == null) {
            messages.add(Message.error("missing", "requires_buyer_input", "$.buyer.email",
                    "An e-mail address is required for the order confirmation."));
        }
        for (int i = 0; i < session.lines.size(); i++) {
            PricedLine line = session.lines.get(i);
            CatalogItem item = catalog.get(line.sku);
            String path = "$.line_items[" + i + "]";
            if (item == null || !item.active) {
                messages.add(Message.error("not_found", "recoverable", path + ".item.id",
                        "'" + line.name + "' is no longer sold. Remove it to continue."));
                continue;
            }
            if (item.maxQuantityPerOrder != null && line.quantity > item.maxQuantityPerOrder) {
                messages.add(Message.error("quantity_exceeded", "recoverable", path + ".quantity",
                        "At most " + item.maxQuantityPerOrder + " of '" + line.name + "' per order."));
            }
            stockMessage(line, available.get(line.sku), lowStockThreshold, path).ifPresent(messages::add);
            customizationMessages(line, item, path, messages);
        }
        totalMessage(quote.totals().total(), session.currency).ifPresent(messages::add);
        for (Discounts.Rejected rejected : quote.discounts().rejected()) {
            messages.add(Message.warning(rejected.reason(), "recoverable",
                    "$.discounts.codes[" + rejected.index() + "]", rejected.message()));
        }
        return messages;
    }

    public static boolean blocksPayment(List<Message> messages) {
        return messages.stream().anyMatch(message -> "error".equals(message.type()));
    }

    /** A card is charged for every order: the total must be more than zero and at most the maximum amount. */
    private static Optional<Message> totalMessage(long total, String currency) {
        if (total > FieldLimits.MAX_AMOUNT) {
            return Optional.of(Message.error("maximum_exceeded", "recoverable", "$.totals",
                    "The total exceeds the maximum of an order, " + Money.display(FieldLimits.MAX_AMOUNT, currency)
                            + ". Order fewer items."));
        }
        if (total <= 0) {
            return Optional.of(Message.error("invalid", "recoverable", "$.totals",
                    "The total must be more than zero to be paid. Add an item or remove a discount."));
        }
        return Optional.empty();
    }

    private static void addressMessages(CheckoutSession session, Quote quote, List<String> destinations,
            List<Message> messages) {
        List<String> missing = session.missingAddressFields();
        if (missing.size() == 6) {
            messages.add(Message.error("missing", "requires_buyer_input", "$.fulfillment_details.address",
                    "A shipping address is required."));
        } else {
            missing.forEach(field -> messages.add(Message.error("missing", "requires_buyer_input",
                    "$.fulfillment_details.address." + field,
                    "The shipping address needs its " + field.replace('_', ' ') + ".")));
        }
        if (!quote.shipsToDestination()) {
            messages.add(Message.error("region_restricted", "requires_buyer_input",
                    "$.fulfillment_details.address.country", "We do not ship to " + session.shipCountry
                            + ". We ship to " + String.join(", ", destinations) + "."));
        }
    }

    private static Optional<Message> stockMessage(PricedLine line, Integer available, int lowStockThreshold,
            String path) {
        if (available == null) {
            return Optional.empty();
        }
        if (available <= 0) {
            return Optional.of(Message.error("out_of_stock", "recoverable", path,
                    "'" + line.name + "' is out of stock. Remove it or choose another item."));
        }
        if (available < line.quantity) {
            return Optional.of(Message.error("low_stock", "recoverable", path + ".quantity",
                    "Only " + available + " of '" + line.name + "' left. Lower the quantity to continue."));
        }
        if (available <= lowStockThreshold) {
            return Optional.of(Message.warning("low_stock", "recoverable", path,
                    "Only " + available + " of '" + line.name + "' left."));
        }
        return Optional.empty();
    }

    private static void customizationMessages(PricedLine line, CatalogItem item, String path,
            List<Message> messages) {
        for (CustomizationField field : item.customizationFields()) {
            String value = line.customizations().get(field.id());
            String param = path + ".customizations." + field.id();
            if (value == null || value.isBlank()) {
                if (field.required()) {
                    messages.add(Message.error("missing", "requires_buyer_input", param, field.label() + " for '"
                            + line.name + "' is required (up to " + field.maxLength() + " characters)."));
                }
            } else if (value.codePointCount(0, value.length()) > field.maxLength()) {
                messages.add(Message.error("invalid", "requires_buyer_input", param, field.label() + " for '"
                        + line.name + "' is at most " + field.maxLength() + " characters."));
            }
        }
    }
}
