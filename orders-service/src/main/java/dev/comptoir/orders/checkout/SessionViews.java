package dev.comptoir.orders.checkout;

import dev.comptoir.orders.checkout.AcpModel.Message;
import dev.comptoir.orders.checkout.AcpModel.Total;
import dev.comptoir.orders.order.OrderView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Renders a checkout session as the ACP {@code CheckoutSession} body. */
public final class SessionViews {
    private static final AcpModel.Capabilities CAPABILITIES = new AcpModel.Capabilities(new AcpModel.Payment(List.of(
            new AcpModel.PaymentHandler("card_tokenized", "dev.acp.tokenized.card", "Credit Card", "2026-01-22",
                    "https://acp.dev/handlers/tokenized.card", true, false, "stripe",
                    "https://acp.dev/schemas/handlers/tokenized.card/config.json",
                    List.of("https://acp.dev/schemas/handlers/tokenized.card/instrument.json"),
                    Map.of("psp", "stripe", "accepted_brands", List.of("visa", "mastercard", "amex", "discover"))))));

    private static final Map<String, Message> PAYMENT_ERRORS = Map.of(
            "payment_declined", Message.error("payment_declined", "requires_buyer_input", "$.payment_data",
                    "The payment was declined. Try another payment method."),
            "requires_3ds", Message.error("requires_3ds", "requires_buyer_input", "$.payment_data",
                    "The card requires 3D Secure authentication. Try another payment method."),
            "out_of_stock", Message.error("out_of_stock", "requires_buyer_input", "$.line_items",
                    "Some items went out of stock while the order was placed."));

    private SessionViews() {
    }

    /** What stops this session from being paid, as ACP error messages; empty when it is ready. */
    public static List<Message> blockers(CheckoutSession session) {
        List<Message> blockers = new ArrayList<>();
        List<String> missing = session.missingAddressFields();
        if (missing.size() == 6) {
            blockers.add(Message.error("missing", "requires_buyer_input", "$.fulfillment_details.address",
                    "A shipping address is required."));
        } else {
            missing.forEach(field -> blockers.add(Message.error("missing", "requires_buyer_input",
                    "$.fulfillment_details.address." + field,
                    "The shipping address needs its " + field.replace('_', ' ') + ".")));
        }
        if ("out_of_stock".equals(session.paymentError)) {
            blockers.add(PAYMENT_ERRORS.get("out_of_stock"));
        }
        if (session.buyerEmail == null) {
            blockers.add(Message.error("missing", "requires_buyer_input", "$.buyer.email",
                    "An e-mail address is required for the order confirmation."));
        }
        return blockers;
    }

    public static AcpModel.Session of(CheckoutSession session, String baseUrl) {
        List<AcpModel.LineItem> lineItems = session.lines.stream().map(line -> new AcpModel.LineItem(line.lineId,
                new AcpModel.Item(line.sku), line.quantity, line.name, line.unitAmount, List.of(
                        new Total("items_base_amount", "Base Amount", line.total),
                        new Total("subtotal", "Subtotal", line.total),
                        new Total("total", "Total", line.total)))).toList();
        List<String> lineIds = session.lines.stream().map(line -> line.lineId).toList();
        List<AcpModel.FulfillmentOption> options = Pricing.shippingOptions(session.amounts.itemsTotal()).stream()
                .map(option -> new AcpModel.FulfillmentOption("shipping", option.id(), option.title(),
                        option.description(), List.of(new Total("total", option.title(), option.amount()))))
                .toList();
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
        if (session.status == SessionStatus.NOT_READY_FOR_PAYMENT) {
            messages.addAll(blockers(session));
        }
        Message paymentError = session.paymentError == null ? null : PAYMENT_ERRORS.get(session.paymentError);
        if (paymentError != null && !ordered && !messages.contains(paymentError)) {
            messages.add(paymentError);
        }
        return new AcpModel.Session(session.id, new AcpModel.Protocol(AcpModel.API_VERSION), CAPABILITIES, buyer,
                session.status.acpName(), session.currency, lineItems, details, options,
                List.of(new AcpModel.SelectedFulfillmentOption("shipping", session.fulfillmentOption, lineIds)),
                session.amounts.acpTotals(), messages,
                List.of(new AcpModel.Link("terms_of_use", baseUrl + "/legal/terms"),
                        new AcpModel.Link("return_policy", baseUrl + "/legal/returns")),
                order, session.createdAt, session.updatedAt, session.expiresAt);
    }
}
