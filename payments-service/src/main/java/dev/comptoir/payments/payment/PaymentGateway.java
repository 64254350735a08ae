package dev.comptoir.payments.payment;

import dev.comptoir.contracts.orders.ThreeDsResult;

/**
 * The payment service provider that holds the money: the sandbox PSP locally, Stripe in production
 * ({@code comptoir.payments.provider}). Every call carries an idempotency key derived from the business operation
 * (the order, the refund), so that a call repeated after a crash or a timeout has a single effect at the provider.
 * A provider that cannot be reached, even after its client's retries, throws {@link ProviderUnavailableException}.
 */
public interface PaymentGateway {

    /** Authorizes the order's amount with the delegated token; with {@code captureNow} the money is also taken. */
    Authorization authorize(AuthorizationRequest request);

    /** Takes {@code amount} of an authorization (the whole of it: one capture per payment). */
    void capture(CaptureRequest request);

    /** Releases an authorization that was not captured (a void). */
    void cancel(CancelRequest request);

    /** Gives back part or all of the captured money; the outcome may come later ({@code PENDING}). */
    RefundResult refund(RefundRequest request);

    /**
     * {@code authentication}: the buyer's 3-D Secure result when the card asked for it on an earlier attempt, else
     * null.
     */
    record AuthorizationRequest(String orderId, String checkoutSessionId, String token, long amount, String currency,
            boolean captureNow, ThreeDsResult authentication, String idempotencyKey) {
    }

    /**
     * Approved with the provider's payment id, or declined with an ACP decline code ({@code card_declined},
     * {@code insufficient_funds}, {@code requires_3ds}, …) and a message for the buyer.
     */
    record Authorization(boolean approved, String providerPaymentId, String declineCode, String message) {
        public static Authorization approve(String providerPaymentId) {
            return new Authorization(true, providerPaymentId, null, null);
        }

        public static Authorization decline(String code, String message) {
            return new Authorization(false, null, code, message);
        }
    }

    record CaptureRequest(String providerPaymentId, long amount, String idempotencyKey) {
    }

    record CancelRequest(String providerPaymentId, String idempotencyKey) {
    }

    record RefundRequest(String providerPaymentId, String refundId, long amount, String reason,
            String idempotencyKey) {
    }

    record RefundResult(String providerRefundId, RefundStatus status, String failureReason) {
    }

    enum RefundStatus {
        SUCCEEDED, PENDING, FAILED
    }
}
