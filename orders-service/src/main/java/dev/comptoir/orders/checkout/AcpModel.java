package dev.comptoir.orders.checkout;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** ACP 2026-04-17 checkout request and response bodies (the parts this merchant implements). */
public final class AcpModel {
    public static final String API_VERSION = "2026-04-17";

    private AcpModel() {
    }

    /** {@code coupons} is the deprecated spelling of {@code discounts.codes}; both are read. */
    public record CreateSessionRequest(List<ItemRequest> lineItems, String currency, Buyer buyer,
            FulfillmentDetails fulfillmentDetails, DiscountsRequest discounts, List<String> coupons, String locale) {
    }

    /**
     * An item the agent asks for. {@code quantity} is our leniency (the 2026-04-17 {@code Item} forgot it);
     * {@code customizations} (field id to value) is the {@code personalization} extension.
     */
    public record ItemRequest(String id, Integer quantity, Map<String, String> customizations) {
    }

    public record UpdateSessionRequest(List<ItemRequest> lineItems, Buyer buyer,
            FulfillmentDetails fulfillmentDetails, List<SelectedFulfillmentOption> selectedFulfillmentOptions,
            DiscountsRequest discounts, List<String> coupons) {
    }

    public record DiscountsRequest(List<String> codes) {
    }

    public record CompleteRequest(Buyer buyer, PaymentData paymentData, AuthenticationResult authenticationResult) {
    }

    /** The agent's 3-D Secure result, when the session asked for it ({@code authentication_required}). */
    public record AuthenticationResult(String outcome, OutcomeDetails outcomeDetails) {
    }

    public record OutcomeDetails(String threeDsCryptogram, String electronicCommerceIndicator, String transactionId,
            String version) {
        /** The cryptogram is a one-time authentication value: it must not end up in a log through this record. */
        @Override
        public String toString() {
            return "OutcomeDetails[eci=" + electronicCommerceIndicator + ", cryptogram=***]";
        }
    }

    /** What the agent needs to run 3-D Secure for this merchant. */
    public record AuthenticationMetadata(AcquirerDetails acquirerDetails, String directoryServer) {
    }

    public record AcquirerDetails(String acquirerBin, String acquirerCountry, String acquirerMerchantId,
            String merchantName) {
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
            String currency, String locale, List<LineItem> lineItems, FulfillmentDetails fulfillmentDetails,
            List<FulfillmentGroup> fulfillmentGroups, List<FulfillmentOption> fulfillmentOptions,
            List<SelectedFulfillmentOption> selectedFulfillmentOptions, List<Total> totals,
            DiscountsResponse discounts, AuthenticationMetadata authenticationMetadata, List<Message> messages,
            List<Link> links, OrderReference order,
            OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime expiresAt) {
    }

    public record Protocol(String version) {
    }

    public record Capabilities(Payment payment, List<Extension> extensions) {
    }

    /** An active extension: the fields it adds ({@code extends}, JSONPath) and where it is specified. */
    public record Extension(String name, @JsonProperty("extends") List<String> extendsFields, String schema,
            String spec) {
    }

    public record Payment(List<PaymentHandler> handlers) {
    }

    public record PaymentHandler(String id, String name, String displayName, String version, String spec,
            boolean requiresDelegatePayment, boolean requiresPciCompliance, String psp, String configSchema,
            List<String> instrumentSchemas, Object config) {
    }

    public record LineItem(String id, Item item, int quantity, String name, String description, List<String> images,
            long unitAmount, List<CustomAttribute> customAttributes, String productId, String sku, Weight weight,
            String availabilityStatus, Integer availableQuantity, Integer maxQuantityPerOrder,
            List<VariantOption> variantOptions, List<DiscountDetail> discountDetails, List<Total> totals) {
    }

    public record CustomAttribute(String displayName, String value) {
    }

    public record Weight(int value, String unit) {
    }

    public record VariantOption(String name, String value) {
    }

    public record DiscountDetail(String code, String type, long amount, String description, String source) {
    }

    public record FulfillmentGroup(String id, List<String> itemIds, String destinationType) {
    }

    public record DiscountsResponse(List<String> codes, List<AppliedDiscount> applied,
            List<RejectedDiscount> rejected) {
    }

    public record AppliedDiscount(String id, String code, Coupon coupon, long amount, String method,
            List<Allocation> allocations) {
    }

    /** {@code percentOff} is a JSON number (12.5 for 12.5 %). */
    public record Coupon(String id, String name, BigDecimal percentOff, Long amountOff, String currency,
            String duration) {
    }

    public record Allocation(String path, long amount) {
    }

    public record RejectedDiscount(String code, String reason, String message) {
    }

    public record Item(String id) {
    }

    public record FulfillmentOption(String type, String id, String title, String description,
            OffsetDateTime earliestDeliveryTime, OffsetDateTime latestDeliveryTime, List<Total> totals) {
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

        public static Message warning(String code, String resolution, String param, String content) {
            return new Message("warning", code, "medium", resolution, param, "plain", content);
        }
    }

    public record Link(String type, String url) {
    }

    public record OrderReference(String id, String checkoutSessionId, String permalinkUrl) {
    }
}
