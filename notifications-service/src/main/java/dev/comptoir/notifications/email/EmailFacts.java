package dev.comptoir.notifications.email;

import java.util.List;

/**
 * What an e-mail says, kept with it so that it can be written once the buyer's name, address and language are known.
 * Amounts are minor units of their currency.
 */
public sealed interface EmailFacts {
    String orderId();

    record Confirmation(String orderId, String currency, List<Line> lines, long total) implements EmailFacts {
    }

    record Line(String name, int quantity, long total) {
    }

    /** {@code trackingUrl} is null for a carrier without tracking pages. */
    record Shipped(String orderId, String carrier, String trackingNumber, String trackingUrl) implements EmailFacts {
    }

    /** {@code downloadUrl} is set for digital goods, null for a parcel. */
    record Delivered(String orderId, String downloadUrl) implements EmailFacts {
    }

    record ReturnLabel(String orderId, String rmaNumber, String labelUrl) implements EmailFacts {
    }

    record RefundIssued(String orderId, long amount, String currency) implements EmailFacts {
    }

    record Cancellation(String orderId, String reason) implements EmailFacts {
    }

    /** {@code declineCode} is the card's decline code, null when it is not known. */
    record PaymentFailed(String orderId, String declineCode) implements EmailFacts {
    }

    /** Written by the caller: no order, no template. */
    record MerchantAlert(String subject, String text) implements EmailFacts {
        @Override
        public String orderId() {
            return null;
        }
    }
}
