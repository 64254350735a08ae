package dev.comptoir.notifications.email;

import dev.comptoir.contracts.fulfillment.ReturnAuthorized;
import dev.comptoir.contracts.fulfillment.ShipmentDelivered;
import dev.comptoir.contracts.fulfillment.ShipmentShipped;
import dev.comptoir.contracts.orders.OrderCanceled;
import dev.comptoir.contracts.orders.OrderConfirmed;
import dev.comptoir.contracts.payments.RefundSucceeded;

/**
 * One e-mail owed to the buyer for one business fact. The dedupe key names the fact (the order, the shipment, the
 * return, the refund), so the same fact published again under a new event id still gives one e-mail.
 */
public record EmailRequest(EmailKind kind, String dedupeKey, EmailFacts facts) {

    static EmailRequest of(OrderConfirmed order) {
        return new EmailRequest(EmailKind.ORDER_CONFIRMATION, EmailKind.ORDER_CONFIRMATION.dedupeKey(order.orderId()),
                new EmailFacts.Confirmation(order.orderId(), order.currency(), order.lines().stream()
                        .map(line -> new EmailFacts.Line(line.name(), line.quantity(), line.total())).toList(),
                        order.total()));
    }

    /**
     * A declined card cancels the order: the buyer gets the payment failure, which says the order is canceled, and no
     * second e-mail about the cancellation.
     */
    static EmailRequest of(OrderCanceled order) {
        if ("payment_failed".equals(order.reason())) {
            return new EmailRequest(EmailKind.PAYMENT_FAILED, EmailKind.PAYMENT_FAILED.dedupeKey(order.orderId()),
                    new EmailFacts.PaymentFailed(order.orderId(), order.declineCode()));
        }
        return new EmailRequest(EmailKind.ORDER_CANCELLATION, EmailKind.ORDER_CANCELLATION.dedupeKey(order.orderId()),
                new EmailFacts.Cancellation(order.orderId(), order.reason()));
    }

    static EmailRequest of(ShipmentShipped shipment) {
        return new EmailRequest(EmailKind.ORDER_SHIPPED, EmailKind.ORDER_SHIPPED.dedupeKey(shipment.shipmentId()),
                new EmailFacts.Shipped(shipment.orderId(), shipment.carrier(), shipment.trackingNumber(),
                        shipment.trackingUrl()));
    }

    static EmailRequest of(ShipmentDelivered shipment) {
        return new EmailRequest(EmailKind.ORDER_DELIVERED, EmailKind.ORDER_DELIVERED.dedupeKey(shipment.shipmentId()),
                new EmailFacts.Delivered(shipment.orderId(), shipment.downloadUrl()));
    }

    static EmailRequest of(ReturnAuthorized authorized) {
        return new EmailRequest(EmailKind.RETURN_LABEL, EmailKind.RETURN_LABEL.dedupeKey(authorized.returnId()),
                new EmailFacts.ReturnLabel(authorized.orderId(), authorized.rmaNumber(), authorized.labelUrl()));
    }

    static EmailRequest of(RefundSucceeded refund) {
        return new EmailRequest(EmailKind.REFUND_ISSUED, EmailKind.REFUND_ISSUED.dedupeKey(refund.refundId()),
                new EmailFacts.RefundIssued(refund.orderId(), refund.amount(), refund.currency()));
    }

    static EmailRequest merchantAlert(String dedupeKey, String subject, String text) {
        return new EmailRequest(EmailKind.MERCHANT_ALERT, EmailKind.MERCHANT_ALERT.dedupeKey(dedupeKey),
                new EmailFacts.MerchantAlert(subject, text));
    }
}
