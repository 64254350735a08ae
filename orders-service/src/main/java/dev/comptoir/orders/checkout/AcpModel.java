package dev.comptoir.orders.checkout;

import java.time.OffsetDateTime;
import java.util.List;

/** ACP 2026-04-17 checkout request and response bodies (the parts this merchant implements). */
public final class AcpModel {
    public static final String API_VERSION = "2026-04-17";

    private AcpModel() {
    }

    public record CreateSessionRequest(List<ItemRequest> lineItems, String currency, Buyer buyer,
            FulfillmentDetails fulfillmentDetails) {
    }

    public record ItemRequest(String id, Integer quantity) {
    }

    public record UpdateSessionRequest(List<ItemRequest> lineItems, Buyer buyer,
            FulfillmentDetails fulfillmentDetails, List<SelectedFulfillmentOption> selectedFulfillmentOptions) {
    }

    public record CompleteRequest(Buyer buyer, PaymentData paymentData) {
    }

    public record PaymentData(String handlerId, Instrument instrument, Address billingAddress) {
    }

    public record Instrument(String type, Credential credential) {
    }

    public record Credential(String type, String token) {
        /** The token is a bearer credential: it must not end up in a log through this record. */
        @Override
        public String toString() {
            return "Credential[type=" + type + ", token=***]";
        }
    }

    public record Buyer(String firstName, String lastName, String email, String phoneNumber) {
    }

    public record FulfillmentDetails(String name, String phoneNumber, String email, Address address) {
    }

    public record Address(String name, String lineOne, String lineTwo, String city, String state, String country,
            String postalCode) {
    }

    public record Session(String id, Protocol protocol, Capabilities capabilities, Buyer buyer, String status,
            String currency, List<LineItem> lineItems, FulfillmentDetails fulfillmentDetails,
            List<FulfillmentOption> fulfillmentOptions, List<SelectedFulfillmentOption> selectedFulfillmentOptions,
            List<Total> totals, List<Message> messages, List<Link> links, OrderReference order,
            OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime expiresAt) {
    }

    public record Protocol(String version) {
    }

    public record Capabilities(Payment payment) {
    }

    public record Payment(List<PaymentHandler> handlers) {
    }

    public record PaymentHandler(String id, String name, String displayName, String version, String spec,
            boolean requiresDelegatePayment, boolean requiresPciCompliance, String psp, String configSchema,
            List<String> instrumentSchemas, Object config) {
    }

    public record LineItem(String id, Item item, int quantity, String name, long unitAmount, List<Total> totals) {
    }

    public record Item(String id) {
    }

    public record FulfillmentOption(String type, String id, String title, String description, List<Total> totals) {
    }

    public record SelectedFulfillmentOption(String type, String optionId, List<String> itemIds) {
    }

    public record Total(String type, String displayText, long amount) {
    }

    /** An ACP message; {@code resolution} says who can fix it: the agent (recoverable) or the buyer. */
    public record Message(String type, String code, String severity, String resolution, String param,
            String contentType, String content) {
        public static Message error(String code, String resolution, String param, String content) {
            return new Message("error", code, "high", resolution, param, "plain", content);
        }
    }

    public record Link(String type, String url) {
    }

    public record OrderReference(String id, String checkoutSessionId, String permalinkUrl) {
    }
}
