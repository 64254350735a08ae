package dev.comptoir.payments.psp;

import dev.comptoir.payments.payment.PaymentGateway;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;

/**
 * Authorizes against the sandbox vault: the token must exist, be unexpired, unused by another order, and its
 * allowance must cover the amount, currency and checkout session. Runs in the caller's transaction.
 */
@ApplicationScoped
public class SandboxGateway implements PaymentGateway {

    @Override
    public Authorization authorize(AuthorizationRequest request) {
        VaultToken token = request.token() == null ? null : VaultToken.findById(request.token());
        if (token == null) {
            return Authorization.decline("invalid_payment_token", "The payment token is unknown.");
        }
        if (token.usedByOrderId != null && !token.usedByOrderId.equals(request.orderId())) {
            return Authorization.decline("payment_token_used", "The payment token was already used.");
        }
        if (token.expiresAt.isBefore(OffsetDateTime.now())) {
            return Authorization.decline("payment_token_expired", "The payment token has expired.");
        }
        if (!token.currency.equalsIgnoreCase(request.currency())) {
            return Authorization.decline("allowance_exceeded", "The payment token is for another currency.");
        }
        if (request.amount() > token.maxAmount) {
            return Authorization.decline("allowance_exceeded", "The amount exceeds the token's allowance.");
        }
        if (!token.checkoutSessionId.equals(request.checkoutSessionId())) {
            return Authorization.decline("allowance_exceeded", "The payment token is for another checkout session.");
        }
        if (token.sandboxOutcome == SandboxOutcome.REQUIRES_3DS && !request.buyerAuthenticated()) {
            // As a Stripe PaymentIntent waiting for authentication: the token stays usable for the authenticated retry.
            return Authorization.decline(token.sandboxOutcome.declineCode(),
                    "The card requires 3D Secure authentication.");
        }
        token.usedByOrderId = request.orderId();
        return switch (token.sandboxOutcome) {
            case APPROVED, REQUIRES_3DS -> Authorization.approve();
            case CARD_DECLINED -> Authorization.decline(token.sandboxOutcome.declineCode(), "The card was declined.");
            case INSUFFICIENT_FUNDS -> Authorization.decline(token.sandboxOutcome.declineCode(),
                    "The card has insufficient funds.");
        };
    }

    @Override
    public void voidAuthorization(String orderId, String token) {
        // The sandbox holds no funds: voiding only needs the payment's own status change.
    }
}
