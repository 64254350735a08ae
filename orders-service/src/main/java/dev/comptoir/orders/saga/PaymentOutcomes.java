package dev.comptoir.orders.saga;

import dev.comptoir.contracts.payments.DisputeOpened;
import dev.comptoir.contracts.payments.PaymentCaptured;
import dev.comptoir.contracts.payments.PaymentVoided;
import dev.comptoir.contracts.payments.RefundFailed;
import dev.comptoir.contracts.payments.RefundSucceeded;
import dev.comptoir.orders.order.ManualReview;
import dev.comptoir.orders.order.Order;
import dev.comptoir.orders.order.OrderAdjustment;
import dev.comptoir.orders.order.OrderStep;
import dev.comptoir.orders.returns.Returns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** What happens to the order's money after placement, as the order's adjustments and timeline show it. */
@ApplicationScoped
public class PaymentOutcomes {
    private final Returns returns;
    private final ManualReview manualReview;

    public PaymentOutcomes(Returns returns, ManualReview manualReview) {
        this.manualReview = manualReview;
        this.returns = returns;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void captured(PaymentCaptured event) {
        if (unknown(event.orderId())) {
            return;
        }
        OrderStep.record(event.orderId(), "payment_captured", event.amount() + " " + event.currency());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void voided(PaymentVoided event) {
        if (unknown(event.orderId())) {
            return;
        }
        OrderStep.record(event.orderId(), "payment_voided", event.paymentId());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void refunded(RefundSucceeded event) {
        if (unknown(event.orderId())) {
            return;
        }
        OrderAdjustment.upsert(event.refundId(), event.orderId(), "refund", "completed", event.amount(), null);
        returns.refundSucceeded(event);
        OrderStep.record(event.orderId(), "refund_succeeded", event.refundId() + ": " + event.amount() + " "
                + event.currency());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void refundFailed(RefundFailed event) {
        if (unknown(event.orderId())) {
            return;
        }
        OrderAdjustment.upsert(event.refundId(), event.orderId(), "refund", "failed", event.amount(), event.reason());
        returns.refundFailed(event);
        OrderStep.record(event.orderId(), "refund_failed", event.refundId() + ": " + event.reason());
    }

    /** A chargeback: a person must answer it, so the order goes to manual review. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void disputed(DisputeOpened event) {
        if (unknown(event.orderId())) {
            return;
        }
        manualReview.send(event.orderId(), "dispute");
        OrderAdjustment.upsert("dispute-" + event.paymentId(), event.orderId(), "dispute", "pending", event.amount(),
                event.reason());
        OrderStep.record(event.orderId(), "dispute_opened", event.reason() + ", " + event.amount() + " "
                + event.currency());
    }

    /** An event about an order this service never placed is ignored, not dead-lettered. */
    private static boolean unknown(String orderId) {
        return Order.findById(orderId) == null;
    }
}
