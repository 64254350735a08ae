package dev.comptoir.orders.checkout;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.comptoir.orders.pricing.Amounts;
import dev.comptoir.orders.pricing.Quote;
import dev.comptoir.orders.storage.JsonColumn;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Entity
@Table(name = "checkout_session")
@EntityListeners(CheckoutMetrics.class)
public class CheckoutSession extends PanacheEntityBase {
    @Id
    public String id;
    /** The agent platform that opened the session: no other agent sees it. */
    @Column(name = "agent_id")
    public String agentId;
    @Enumerated(EnumType.STRING)
    public SessionStatus status;
    /** The status last read from or written to the database (see {@link CheckoutMetrics}). */
    @Transient
    SessionStatus storedStatus;
    public String currency;
    /** The shop locale the buyer is written to in (BCP 47). */
    public String locale;
    @Column(name = "buyer_first_name")
    public String buyerFirstName;
    @Column(name = "buyer_last_name")
    public String buyerLastName;
    @Column(name = "buyer_email")
    public String buyerEmail;
    @Column(name = "buyer_phone")
    public String buyerPhone;
    @Column(name = "ship_name")
    public String shipName;
    @Column(name = "ship_line_one")
    public String shipLineOne;
    @Column(name = "ship_line_two")
    public String shipLineTwo;
    @Column(name = "ship_city")
    public String shipCity;
    @Column(name = "ship_state")
    public String shipState;
    @Column(name = "ship_country")
    public String shipCountry;
    @Column(name = "ship_postal_code")
    public String shipPostalCode;
    @Column(name = "fulfillment_option")
    public String fulfillmentOption;
    @Embedded
    public Amounts amounts;
    /** The discount codes the agent submitted, as it wrote them. */
    @Convert(converter = CodesJson.class)
    @Column(name = "discount_codes")
    public List<String> discountCodes = new ArrayList<>();
    /** The last quote: fulfillment groups and their options, discounts applied and rejected. */
    @Convert(converter = QuoteJson.class)
    public Quote quote;
    /** What the last pricing told the agent; any error keeps the session not ready for payment. */
    @Convert(converter = MessagesJson.class)
    public List<AcpModel.Message> messages = new ArrayList<>();
    /** The order of the latest completion attempt. */
    @Column(name = "order_id")
    public String orderId;
    /** Why the latest attempt failed (an ACP message code: payment_declined, requires_3ds, out_of_stock). */
    @Column(name = "payment_error")
    public String paymentError;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "checkout_session_line", joinColumns = @JoinColumn(name = "session_id"))
    @OrderBy("lineId")
    public List<PricedLine> lines = new ArrayList<>();
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;

    public List<String> discountCodes() {
        return discountCodes == null ? List.of() : discountCodes;
    }

    public boolean hasShippingAddress() {
        return missingAddressFields().isEmpty();
    }

    /** The ACP address fields (all required) this session does not have yet. */
    public List<String> missingAddressFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", shipName);
        fields.put("line_one", shipLineOne);
        fields.put("city", shipCity);
        fields.put("state", shipState);
        fields.put("country", shipCountry);
        fields.put("postal_code", shipPostalCode);
        return fields.entrySet().stream().filter(field -> field.getValue() == null || field.getValue().isBlank())
                .map(Map.Entry::getKey).toList();
    }

    public static class CodesJson extends JsonColumn<List<String>> {
        public CodesJson() {
            super(new TypeReference<>() {
            });
        }
    }

    public static class QuoteJson extends JsonColumn<Quote> {
        public QuoteJson() {
            super(new TypeReference<>() {
            });
        }
    }

    public static class MessagesJson extends JsonColumn<List<AcpModel.Message>> {
        public MessagesJson() {
            super(new TypeReference<>() {
            });
        }
    }
}
