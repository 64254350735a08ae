package dev.comptoir.payments.payment;

import dev.comptoir.contracts.Events;
import dev.comptoir.contracts.fulfillment.ShipmentShipped;
import dev.comptoir.contracts.orders.AuthorizePayment;
import dev.comptoir.contracts.orders.OrderCanceled;
import dev.comptoir.contracts.orders.OrderConfirmed;
import dev.comptoir.contracts.orders.OrderLine;
import dev.comptoir.contracts.orders.RefundRequested;
import dev.comptoir.contracts.payments.DisputeOpened;
import dev.comptoir.contracts.payments.PaymentAuthorized;
import dev.comptoir.contracts.payments.PaymentCaptured;
import dev.comptoir.contracts.payments.PaymentFailed;
import dev.comptoir.contracts.payments.PaymentVoided;
import dev.comptoir.contracts.payments.RefundFailed;
import dev.comptoir.contracts.payments.RefundSucceeded;
import dev.comptoir.payments.commission.Commissions;
import dev.comptoir.payments.payment.PaymentGateway.RefundResult;
import dev.comptoir.payments.payment.PaymentGateway.RefundStatus;
import dev.comptoir.platform.observability.AfterCommit;
import dev.comptoir.platform.outbox.Outbox;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Turns orders' commands and events into money movements, once each: authorize on {@code AuthorizePayment}, capture
 * as the {@link CaptureStrategy} says, void or refund on {@code OrderCanceled}, refund on {@code RefundRequested}.
 * Every provider call carries an idempotency key derived from the operation, and the ledger ({@link Balance}) moves in
 * the same transaction as the event that reports it.
 */
@ApplicationScoped
public class Payments {
    private static final Logger LOG = Logger.getLogger(Payments.class);

    /** The provider that {@code comptoir.payments.provider} names. */
    private final Instance<PaymentGateway> gateway;
    private final Outbox outbox;
    private final Commissions commissions;
    private final CaptureStrategy captureStrategy;
    private final String provider;
    private final MeterRegistry meters;
    private final AfterCommit afterCommit;

    public Payments(Instance<PaymentGateway> gateway, Outbox outbox, Commissions commissions,
            @ConfigProperty(name = "comptoir.payments.capture") CaptureStrategy captureStrategy,
            @ConfigProperty(name = "comptoir.payments.provider") String provider, MeterRegistry meters,
            AfterCommit afterCommit) {
        this.gateway = gateway;
        this.outbox = outbox;
        this.commissions = commissions;
        this.captureStrategy = captureStrategy;
        this.provider = provider;
        this.meters = meters;
        this.afterCommit = afterCommit;
    }

    /**
     * Authorizes the order's amount once. An order whose cancellation came first (the command is late: payments was
     * behind on its topic) ends as if authorized then voided, without a call to the provider: nothing is held on the
     * buyer's card and the credentials are not used.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void authorize(AuthorizePayment command) {
        if (Payment.forOrder(command.orderId()).isPresent()) {
            return;
        }
        boolean canceledFirst = OrderStart.record(command.orderId(), OrderStart.First.AUTHORIZE_PAYMENT)
                == OrderStart.First.ORDER_CANCELED;
        if (canceledFirst) {
            Payment payment = newPayment(command, null, null);
            payment.apply(new Balance(0, 0, 0), PaymentStatus.VOIDED);
            payment.persist();
            outbox.append(Events.PAYMENT_VOIDED, new PaymentVoided(payment.orderId, payment.id));
            return;
        }
        boolean captureNow = captureStrategy == CaptureStrategy.IMMEDIATE;
        PaymentGateway.Authorization authorization;
        try {
            authorization = gateway.get().authorize(new PaymentGateway.AuthorizationRequest(command.orderId(),
                    command.checkoutSessionId(), command.paymentToken(), command.amount(), command.currency(),
                    captureNow, command.authentication(), "comptoir-authorize-" + command.orderId()));
        } catch (ProviderUnavailableException e) {
            // The order is not lost: it is canceled with a clear reason and the buyer can pay again.
            LOG.warnf("Payment provider unavailable for order %s: %s", command.orderId(), e.getMessage());
            authorization = PaymentGateway.Authorization.decline("processing_error",
                    "The payment could not be processed. Try again.");
        }
        Payment payment = newPayment(command, authorization.providerPaymentId(), authorization.declineCode());
        if (!authorization.approved()) {
            payment.apply(new Balance(0, 0, 0), PaymentStatus.FAILED);
            payment.persist();
            outbox.append(Events.PAYMENT_FAILED,
                    new PaymentFailed(command.orderId(), authorization.declineCode(), authorization.message()));
            String declineCode = authorization.declineCode();
            afterCommit.run(() -> meters.counter("comptoir.payments.failed", "decline_code", declineCode).increment());
            return;
        }
        Balance authorized = Balance.authorized(command.amount());
        payment.apply(captureNow ? authorized.capture() : authorized,
                captureNow ? PaymentStatus.CAPTURED : PaymentStatus.AUTHORIZED);
        payment.persist();
        outbox.append(Events.PAYMENT_AUTHORIZED,
                new PaymentAuthorized(command.orderId(), payment.id, payment.amount, payment.currency));
        if (captureNow) {
            captured(payment);
        }
    }

    private Payment newPayment(AuthorizePayment command, String providerPaymentId, String declineCode) {
        Payment payment = new Payment();
        payment.id = "pay_" + UUID.randomUUID().toString().replace("-", "");
        payment.orderId = command.orderId();
        payment.amount = command.amount();
        payment.currency = command.currency();
        payment.provider = provider;
        payment.providerPaymentId = providerPaymentId;
        payment.agentId = command.agentPlatform();
        payment.declineCode = declineCode;
        payment.createdAt = OffsetDateTime.now();
        return payment;
    }

    /** Digital goods are delivered at once: their money is taken at confirmation. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void confirmed(OrderConfirmed order) {
        if (captureStrategy == CaptureStrategy.AT_SHIPMENT && !order.lines().isEmpty()
                && order.lines().stream().allMatch(OrderLine::digital)) {
            Payment.lockForOrder(order.orderId()).ifPresent(this::capture);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void shipped(ShipmentShipped shipment) {
        if (captureStrategy == CaptureStrategy.AT_SHIPMENT) {
            Payment.lockForOrder(shipment.orderId()).ifPresent(this::capture);
        }
    }

    /** Before capture the authorization is voided; after, whatever is still captured is refunded. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void canceled(OrderCanceled canceled) {
        Optional<Payment> found = Payment.lockForOrder(canceled.orderId());
        if (found.isEmpty()) {
            OrderStart.record(canceled.orderId(), OrderStart.First.ORDER_CANCELED);
            return;
        }
        Payment payment = found.get();
        if (payment.status == PaymentStatus.AUTHORIZED) {
            gateway.get().cancel(new PaymentGateway.CancelRequest(payment.providerPaymentId,
                    "comptoir-void-" + payment.orderId));
            payment.apply(payment.balance(), PaymentStatus.VOIDED);
            outbox.append(Events.PAYMENT_VOIDED, new PaymentVoided(payment.orderId, payment.id));
        } else if (payment.balance().refundable() > 0) {
            refund(payment, "cancel-" + payment.orderId, payment.balance().refundable(), "order_canceled");
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void refundRequested(RefundRequested request) {
        Optional<Refund> known = Refund.findByIdOptional(request.refundId());
        if (known.isPresent()) {
            replayOutcome(known.get());
            return;
        }
        Optional<Payment> found = Payment.lockForOrder(request.orderId());
        String refusal = found.isEmpty() ? "no_payment"
                : !found.get().balance().isCaptured() ? "not_captured"
                : request.amount() <= 0 || request.amount() > found.get().balance().refundable() ? "exceeds_captured"
                : null;
        if (refusal != null) {
            outbox.append(Events.REFUND_FAILED,
                    new RefundFailed(request.orderId(), request.refundId(), request.amount(), refusal));
            return;
        }
        refund(found.get(), request.refundId(), request.amount(), request.reason());
    }

    /**
     * The same refund asked again (orders heard no answer before its deadline): its outcome is said again, the money
     * is not moved again. A refund still pending at the provider has no outcome to repeat yet.
     */
    private void replayOutcome(Refund refund) {
        switch (refund.status) {
            case SUCCEEDED -> outbox.append(Events.REFUND_SUCCEEDED, new RefundSucceeded(refund.orderId, refund.id,
                    refund.amount, Payment.lockForOrder(refund.orderId).orElseThrow().currency));
            case FAILED -> outbox.append(Events.REFUND_FAILED,
                    new RefundFailed(refund.orderId, refund.id, refund.amount, "provider_failed"));
            case PENDING -> {
            }
        }
    }

    /** The provider took the money on its own (an automatic capture): the ledger follows. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void capturedAtProvider(Payment payment) {
        if (payment.status == PaymentStatus.AUTHORIZED) {
            payment.apply(payment.balance().capture(), PaymentStatus.CAPTURED);
            captured(payment);
        }
    }

    /** The provider released the authorization (it expired, or was canceled in its dashboard). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void voidedAtProvider(Payment payment) {
        if (payment.status == PaymentStatus.AUTHORIZED) {
            payment.apply(payment.balance(), PaymentStatus.VOIDED);
            outbox.append(Events.PAYMENT_VOIDED, new PaymentVoided(payment.orderId, payment.id));
        }
    }

    /** A refund the provider answered {@code PENDING} is settled by its later notification. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refundSettledAtProvider(Refund refund, RefundStatus status, String failureReason) {
        if (refund.status == RefundStatus.PENDING && status != RefundStatus.PENDING) {
            Payment payment = Payment.lockForOrder(refund.orderId).orElseThrow();
            settle(payment, refund, status, failureReason);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void disputed(Payment payment, long amount, String currency, String reason) {
        outbox.append(Events.DISPUTE_OPENED, new DisputeOpened(payment.orderId, payment.id, amount, currency, reason));
    }

    private void capture(Payment payment) {
        if (payment.status != PaymentStatus.AUTHORIZED) {
            return;
        }
        gateway.get().capture(new PaymentGateway.CaptureRequest(payment.providerPaymentId, payment.authorizedAmount,
                "comptoir-capture-" + payment.orderId));
        payment.apply(payment.balance().capture(), PaymentStatus.CAPTURED);
        captured(payment);
    }

    private void captured(Payment payment) {
        outbox.append(Events.PAYMENT_CAPTURED,
                new PaymentCaptured(payment.orderId, payment.id, payment.capturedAmount, payment.currency));
        commissions.captured(payment);
    }

    private void refund(Payment payment, String refundId, long amount, String reason) {
        OffsetDateTime now = OffsetDateTime.now();
        Refund refund = new Refund();
        refund.id = refundId;
        refund.paymentId = payment.id;
        refund.orderId = payment.orderId;
        refund.amount = amount;
        refund.reason = reason;
        refund.createdAt = now;
        Balance reserved = payment.balance().refund(amount);
        RefundResult result = gateway.get().refund(new PaymentGateway.RefundRequest(payment.providerPaymentId,
                refundId, amount, reason, "comptoir-refund-" + refundId));
        refund.providerRefundId = result.providerRefundId();
        refund.status = result.status();
        refund.updatedAt = now;
        refund.persist();
        payment.apply(reserved, PaymentStatus.afterRefunds(reserved));
        settle(payment, refund, result.status(), result.failureReason());
    }

    /**
     * A refund's outcome, at once or later (a provider webhook): a success is final and reverses its share of the
     * commission; a failure gives the amount back to what may be refunded.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void settle(Payment payment, Refund refund, RefundStatus status, String failureReason) {
        refund.status = status;
        refund.updatedAt = OffsetDateTime.now();
        switch (status) {
            case SUCCEEDED -> {
                outbox.append(Events.REFUND_SUCCEEDED,
                        new RefundSucceeded(refund.orderId, refund.id, refund.amount, payment.currency));
                commissions.refunded(payment, refund);
            }
            case FAILED -> {
                refund.failureReason = failureReason;
                Balance restored = payment.balance().refundFailed(refund.amount);
                payment.apply(restored, PaymentStatus.afterRefunds(restored));
                outbox.append(Events.REFUND_FAILED,
                        new RefundFailed(refund.orderId, refund.id, refund.amount, "provider_failed"));
            }
            case PENDING -> {
            }
        }
    }
}
