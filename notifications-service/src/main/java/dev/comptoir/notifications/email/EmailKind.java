package dev.comptoir.notifications.email;

import java.util.Locale;

/** What an e-mail tells, and the facts it is written from. */
public enum EmailKind {
    ORDER_CONFIRMATION(EmailFacts.Confirmation.class),
    ORDER_SHIPPED(EmailFacts.Shipped.class),
    ORDER_DELIVERED(EmailFacts.Delivered.class),
    RETURN_LABEL(EmailFacts.ReturnLabel.class),
    REFUND_ISSUED(EmailFacts.RefundIssued.class),
    ORDER_CANCELLATION(EmailFacts.Cancellation.class),
    PAYMENT_FAILED(EmailFacts.PaymentFailed.class),
    MERCHANT_ALERT(EmailFacts.MerchantAlert.class);

    private final Class<? extends EmailFacts> facts;

    EmailKind(Class<? extends EmailFacts> facts) {
        this.facts = facts;
    }

    public Class<? extends EmailFacts> facts() {
        return facts;
    }

    /** The e-mail for one business fact: {@code <kind>:<business id>}, unique in the e-mail log. */
    public String dedupeKey(String businessId) {
        return name().toLowerCase(Locale.ROOT) + ":" + businessId;
    }
}
