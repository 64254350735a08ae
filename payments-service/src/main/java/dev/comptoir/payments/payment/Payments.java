package dev.comptoir.payments.payment;

import dev.comptoir.contracts.Events;
import dev.comptoir.contracts.orders.OrderCanceled;
import dev.comptoir.contracts.orders.OrderPlaced;
import dev.comptoir.contracts.payments.PaymentAuthorized;
import dev.comptoir.contracts.payments.PaymentFailed;
import dev.comptoir.contracts.payments.PaymentVoided;
import dev.comptoir.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** Authorizes an order's payment once, and gives the money back when the order is canceled. */
@ApplicationScoped
public class Payments {
    /** The provider that {@code comptoir.payments.provider} names. */
    private final Instance<PaymentGateway> gateway;
    private final Outbox outbox;

    public Payments(Instance<PaymentGateway> gateway, Outbox outbox) {
        this.gateway = gateway;
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void authorize(OrderPlaced order) {
        if (Payment.forOrder(order.orderId()).isPresent()) {
            return;
        }
        PaymentGateway.Authorization authorization = gateway.get().authorize(new PaymentGateway.AuthorizationRequest(
                order.orderId(), order.checkoutSessionId(), order.paymentToken(), order.total(), order.currency(),
                false, order.authentication(), "comptoir-authorize-" + order.orderId()));
        OffsetDateTime now = OffsetDateTime.now();
        Payment payment = new Payment();
        payment.id = "pay_" + UUID.randomUUID().toString().replace("-", "");
        payment.orderId = order.orderId();
        payment.token = order.paymentToken() == null ? "" : order.paymentToken();
        payment.amount = order.total();
        payment.currency = order.currency();
        payment.status = authorization.approved() ? PaymentStatus.AUTHORIZED : PaymentStatus.FAILED;
        payment.declineCode = authorization.declineCode();
        payment.createdAt = now;
        payment.updatedAt = now;
        payment.persist();
        if (authorization.approved()) {
            outbox.append(Events.PAYMENT_AUTHORIZED,
                    new PaymentAuthorized(order.orderId(), payment.id, payment.amount, payment.currency));
        } else {
            outbox.append(Events.PAYMENT_FAILED,
                    new PaymentFailed(order.orderId(), authorization.declineCode(), authorization.message()));
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void release(OrderCanceled canceled) {
        Optional<Payment> authorized = Payment.forOrder(canceled.orderId())
                .filter(payment -> payment.status == PaymentStatus.AUTHORIZED);
        if (authorized.isEmpty()) {
            return;
        }
        Payment payment = authorized.get();
        gateway.get().cancel(new PaymentGateway.CancelRequest(payment.token, "comptoir-void-" + payment.orderId));
        payment.status = PaymentStatus.VOIDED;
        payment.updatedAt = OffsetDateTime.now();
        outbox.append(Events.PAYMENT_VOIDED, new PaymentVoided(payment.orderId, payment.id));
    }
}
