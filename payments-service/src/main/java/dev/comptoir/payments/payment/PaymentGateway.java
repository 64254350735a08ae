package dev.comptoir.payments.payment;

/** The payment service provider that holds the money: the sandbox PSP locally, Stripe in production. */
public interface PaymentGateway {

    Authorization authorize(AuthorizationRequest request);

    void voidAuthorization(String orderId, String token);

    /** {@code buyerAuthenticated}: the buyer passed 3-D Secure for this attempt (the agent's authentication result). */
    record AuthorizationRequest(String orderId, String checkoutSessionId, String token, long amount, String currency,
            boolean buyerAuthenticated) {
    }

    /** Approved, or declined with an ACP decline code and a message for the buyer. */
    record Authorization(boolean approved, String declineCode, String message) {
        public static Authorization approve() {
            return new Authorization(true, null, null);
        }

        public static Authorization decline(String code, String message) {
            return new Authorization(false, code, message);
        }
    }
}
