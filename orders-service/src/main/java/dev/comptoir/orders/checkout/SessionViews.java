package dev.comptoir.orders.checkout;

import dev.comptoir.orders.catalog.CatalogItem;
import dev.comptoir.orders.catalog.ProductFeed;
import dev.comptoir.orders.catalog.StockLevels;
import dev.comptoir.orders.checkout.AcpModel.Message;
import dev.comptoir.orders.checkout.AcpModel.Total;
import dev.comptoir.orders.order.OrderView;
import dev.comptoir.orders.pricing.Amounts;
import dev.comptoir.orders.pricing.Discounts;
import dev.comptoir.orders.pricing.Quote;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Renders a checkout session as the ACP {@code CheckoutSession} body. */
@ApplicationScoped
public class SessionViews {
    private static final AcpModel.PaymentHandler CARD_HANDLER = new AcpModel.PaymentHandler("card_tokenized",
            "dev.acp.tokenized.card", "Credit Card", "2026-01-22", "https://acp.dev/handlers/tokenized.card", true,
            false, "stripe", "https://acp.dev/schemas/handlers/tokenized.card/config.json",
            List.of("https://acp.dev/schemas/handlers/tokenized.card/instrument.json"),
            Map.of("psp", "stripe", "accepted_brands", List.of("visa", "mastercard", "amex", "discover")));

    private static final Map<String, Message> PAYMENT_ERRORS = Map.of(
            "payment_declined", Message.error("payment_declined", "requires_buyer_input", "$.payment_data",
                    "The payment was declined. Try another payment method."),
            "requires_3ds", Message.error("requires_3ds", "requires_buyer_input", "$.authentication_result",
                    "The card requires 3-D Secure. Authenticate the buyer (see authentication_metadata) and complete "
                            + "again with the authentication_result, or pay with another card."),
            "out_of_stock", Message.error("out_of_stock", "recoverable", "$.line_items",
                    "Some items went out of stock while the order was placed."));

    private final String baseUrl;
    private final StockLevels stock;
    private final int lowStockThreshold;
    private final AcpModel.Capabilities capabilities;
    private final AcpModel.AuthenticationMetadata authenticationMetadata;

    public SessionViews(@ConfigProperty(name = "comptoir.shop.base-url") String baseUrl, StockLevels stock,
            @ConfigProperty(name = "comptoir.checkout.low-stock-threshold") int lowStockThreshold,
            ThreeDsConfig threeDs) {
        this.baseUrl = baseUrl;
        this.stock = stock;
        this.lowStockThreshold = lowStockThreshold;
        this.capabilities = new AcpModel.Capabilities(new AcpModel.Payment(List.of(CARD_HANDLER)),
                Extensions.declared(baseUrl));
        this.authenticationMetadata = new AcpModel.AuthenticationMetadata(new AcpModel.AcquirerDetails(
                threeDs.acquirerBin(), threeDs.acquirerCountry(), threeDs.acquirerMerchantId(),
                threeDs.merchantName()), threeDs.directoryServer());
    }

    public AcpModel.Session render(CheckoutSession session) {
        Quote quote = session.quote;
        Map<String, CatalogItem> catalog = CatalogItem.bySku(session.lines.stream().map(line -> line.sku).toList());
        Map<String, Integer> available = stock.available(catalog.keySet());
        Map<String, Integer> lineIndex = new HashMap<>();
        for (int i = 0; i < session.lines.size(); i++) {
            lineIndex.put(session.lines.get(i).lineId, i);
        }
        List<AcpModel.LineItem> lineItems = session.lines.stream()
                .map(line -> lineItem(line, catalog.get(line.sku), available.get(line.sku), quote)).toList();
        List<AcpModel.FulfillmentGroup> groups = quote.groups().stream()
                .map(group -> new AcpModel.FulfillmentGroup(group.id(), group.lineIds(), group.type())).toList();
        List<AcpModel.FulfillmentOption> options = quote.groups().stream().flatMap(group -> group.options().stream()
                .map(option -> new AcpModel.FulfillmentOption(group.type(), option.id(), option.title(),
                        option.description(), option.earliestDelivery(), option.latestDelivery(),
                        List.of(new Total("total", option.title(), option.amount()))))).toList();
        List<AcpModel.SelectedFulfillmentOption> selected = quote.groups().stream()
                .filter(group -> group.selectedOption() != null)
                .map(group -> new AcpModel.SelectedFulfillmentOption(group.type(), group.selectedOption(),
                        group.lineIds())).toList();
        AcpModel.Buyer buyer = session.buyerEmail == null ? null : new AcpModel.Buyer(session.buyerFirstName,
                session.buyerLastName, session.buyerEmail, session.buyerPhone);
        AcpModel.FulfillmentDetails details = session.hasShippingAddress()
                ? new AcpModel.FulfillmentDetails(session.shipName, null, session.buyerEmail,
                        new AcpModel.Address(session.shipName, session.shipLineOne, session.shipLineTwo,
                                session.shipCity, session.shipState, session.shipCountry, session.shipPostalCode))
                : null;
        boolean ordered = session.status == SessionStatus.COMPLETED
                || session.status == SessionStatus.COMPLETE_IN_PROGRESS;
        AcpModel.OrderReference order = ordered
                ? new AcpModel.OrderReference(session.orderId, session.id, OrderView.permalink(baseUrl, session.orderId))
                : null;
        List<Message> messages = new ArrayList<>();
        if (session.status.isOpen()) {
            messages.addAll(session.messages);
        }
        Message paymentError = session.paymentError == null ? null : PAYMENT_ERRORS.get(session.paymentError);
        if (paymentError != null && session.status.isOpen()) {
            messages.add(paymentError);
        }
        return new AcpModel.Session(session.id, new AcpModel.Protocol(AcpModel.API_VERSION), capabilities, buyer,
                session.status.acpName(), session.currency, session.locale, lineItems, details, groups.isEmpty() ? null : groups,
                options, selected, totals(session.amounts), discounts(session, quote.discounts(), lineIndex),
                session.status == SessionStatus.AUTHENTICATION_REQUIRED ? authenticationMetadata : null, messages,
                List.of(new AcpModel.Link("terms_of_use", baseUrl + "/legal/terms"),
                        new AcpModel.Link("return_policy", baseUrl + "/legal/returns")),
                order, session.createdAt, session.updatedAt, session.expiresAt);
    }

    /** Session and order totals; {@code total = subtotal - discount + fulfillment + tax}. */
    public static List<Total> totals(Amounts amounts) {
        return List.of(
                new Total("items_base_amount", "Items", amounts.itemsBaseAmount()),
                new Total("items_discount", "Item discounts", amounts.itemsDiscount()),
                new Total("subtotal", "Subtotal", amounts.subtotal()),
                new Total("discount", "Order discount", amounts.discount()),
                new Total("fulfillment", "Shipping", amounts.fulfillment()),
                new Total("tax", "Tax", amounts.tax()),
                new Total("total", "Total", amounts.total()));
    }

    /** A line's totals; {@code total = subtotal - discount + tax}, its share of order discounts in {@code discount}. */
    public static List<Total> lineTotals(PricedLine line) {
        return List.of(
                new Total("items_base_amount", "Base amount", line.baseAmount),
                new Total("items_discount", "Item discount", line.itemsDiscount),
                new Total("subtotal", "Subtotal", line.subtotal()),
                new Total("discount", "Share of order discount", line.discount),
                new Total("tax", "Tax", line.tax),
                new Total("total", "Total", line.total));
    }

    private AcpModel.LineItem lineItem(PricedLine line, CatalogItem item, Integer available, Quote quote) {
        List<AcpModel.DiscountDetail> discountDetails = quote.discounts().applied().stream()
                .flatMap(applied -> applied.allocations().stream()
                        .filter(allocation -> allocation.lineId().equals(line.lineId) && allocation.amount() > 0)
                        .map(allocation -> new AcpModel.DiscountDetail(applied.code(),
                                applied.percentOffBasisPoints() != null ? "percentage" : "fixed", allocation.amount(),
                                applied.name(), "coupon")))
                .toList();
        List<AcpModel.CustomAttribute> customAttributes = item == null ? List.of()
                : item.customizationFields().stream().filter(field -> line.customizations().containsKey(field.id()))
                        .map(field -> new AcpModel.CustomAttribute(field.label(),
                                line.customizations().get(field.id())))
                        .toList();
        return new AcpModel.LineItem(line.lineId, new AcpModel.Item(line.sku), line.quantity, line.name,
                item == null ? null : item.description,
                item == null || item.imageUrl == null ? null : List.of(ProductFeed.imageUrl(item, baseUrl)),
                line.unitAmount, customAttributes.isEmpty() ? null : customAttributes,
                item == null ? null : item.productId, line.sku,
                line.digital ? null : new AcpModel.Weight(line.weightGrams, "g"),
                availability(line, available), line.digital ? null : available,
                item == null ? null : item.maxQuantityPerOrder,
                item == null || item.variantOptions().isEmpty() ? null : item.variantOptions().stream()
                        .map(option -> new AcpModel.VariantOption(option.name(), option.value())).toList(),
                discountDetails.isEmpty() ? null : discountDetails, lineTotals(line));
    }

    private String availability(PricedLine line, Integer available) {
        if (line.digital) {
            return "in_stock";
        }
        if (available == null) {
            return null;
        }
        return available <= 0 ? "out_of_stock" : available <= lowStockThreshold ? "low_stock" : "in_stock";
    }

    private static AcpModel.DiscountsResponse discounts(CheckoutSession session, Discounts discounts,
            Map<String, Integer> lineIndex) {
        if (session.discountCodes().isEmpty()) {
            return null;
        }
        return new AcpModel.DiscountsResponse(session.discountCodes(), discounts.applied().stream()
                .map(applied -> new AcpModel.AppliedDiscount("di_" + applied.code().toLowerCase(Locale.ROOT), applied.code(),
                        new AcpModel.Coupon(applied.code(), applied.name(),
                                applied.percentOffBasisPoints() == null ? null
                                        : percent(applied.percentOffBasisPoints()),
                                applied.amountOff(), applied.currency(), "once"),
                        applied.amount(), applied.percentOffBasisPoints() != null ? "each" : "across",
                        applied.allocations().stream().map(allocation -> new AcpModel.Allocation(
                                "$.line_items[" + lineIndex.get(allocation.lineId()) + "]", allocation.amount()))
                                .toList()))
                .toList(),
                discounts.rejected().stream()
                        .map(rejected -> new AcpModel.RejectedDiscount(rejected.code(), rejected.reason(),
                                rejected.message()))
                        .toList());
    }

    /** 1250 basis points as the JSON number 12.5. */
    private static BigDecimal percent(int basisPoints) {
        return new BigDecimal(BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString());
    }
}
