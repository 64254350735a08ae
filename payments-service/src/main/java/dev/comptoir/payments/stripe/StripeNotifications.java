package dev.comptoir.payments.stripe;

import com.fasterxml.jackson.databind.JsonNode;
import dev.comptoir.payments.payment.Payment;
import dev.comptoir.payments.payment.PaymentGateway.RefundStatus;
import dev.comptoir.payments.payment.Payments;
import dev.comptoir.payments.payment.Refund;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Applies a verified Stripe event once (its id is recorded in the same transaction): what happened at Stripe outside
 * our calls becomes our events. A PaymentIntent captured or canceled there, a refund settled later, a dispute opened.
 */
@ApplicationScoped
public class StripeNotifications {
    private static final Logger LOG = Logger.getLogger(StripeNotifications.class);

    private final Payments payments;

    public StripeNotifications(Payments payments) {
        this.payments = payments;
    }

    /** Returns false when the event was already applied. */
    @Transactional
    public boolean apply(JsonNode event) {
        String id = event.path("id").asText();
        if (StripeEvent.findByIdOptional(id).isPresent()) {
            return false;
        }
        StripeEvent seen = new StripeEvent();
        seen.id = id;
        seen.type = event.path("type").asText();
        seen.receivedAt = OffsetDateTime.now();
        seen.persist();

        JsonNode object = event.path("data").path("object");
        switch (seen.type) {
            case "payment_intent.succeeded" -> payment(object.path("id")).ifPresent(payments::capturedAtProvider);
            case "payment_intent.canceled" -> payment(object.path("id")).ifPresent(payments::voidedAtProvider);
            case "refund.created", "refund.updated", "refund.failed" -> refundSettled(object);
            case "charge.refunded" -> object.path("refunds").path("data").forEach(this::refundSettled);
            case "charge.dispute.created" -> payment(object.path("payment_intent")).ifPresent(payment ->
                    payments.disputed(payment, object.path("amount").asLong(), object.path("currency").asText(),
                            object.path("reason").asText("general")));
            default -> LOG.debugf("Stripe event %s (%s) needs nothing from us", id, seen.type);
        }
        return true;
    }

    private void refundSettled(JsonNode refund) {
        Optional<Refund> ours = Refund.<Refund>find("providerRefundId", refund.path("id").asText())
                .firstResultOptional()
                .or(() -> Refund.findByIdOptional(refund.path("metadata").path("refund_id").asText()));
        if (ours.isEmpty()) {
            LOG.infof("Stripe refund %s is not one of ours", refund.path("id").asText());
            return;
        }
        RefundStatus status = switch (refund.path("status").asText()) {
            case "succeeded" -> RefundStatus.SUCCEEDED;
            case "failed", "canceled" -> RefundStatus.FAILED;
            default -> RefundStatus.PENDING;
        };
        payments.refundSettledAtProvider(ours.get(), status, refund.path("failure_reason").asText(null));
    }

    private static Optional<Payment> payment(JsonNode paymentIntentId) {
        Optional<Payment> payment = paymentIntentId.isTextual()
                ? Payment.lockForProviderPayment(paymentIntentId.asText())
                : Optional.empty();
        if (payment.isEmpty()) {
            LOG.infof("Stripe PaymentIntent %s is not one of ours", paymentIntentId.asText());
        }
        return payment;
    }
}
