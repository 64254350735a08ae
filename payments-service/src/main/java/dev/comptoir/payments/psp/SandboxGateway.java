package dev.comptoir.payments.psp;

import dev.comptoir.payments.payment.PaymentGateway;
import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sandbox PSP as a provider: authorizes against the vault (the token must exist, be unexpired, unused by another
 * order, and its allowance must cover the amount, currency and checkout session), and answers as Stripe's test cards
 * do. It holds no money: captures and voids only need the ledger's own change. Its payment id names the order the
 * token paid ({@code pi_sbx_<order>}), never the token itself.
 * Runs in the caller's transaction.
 */
@ApplicationScoped
@LookupIfProperty(name = "comptoir.payments.provider", stringValue = "sandbox")
public class SandboxGateway implements PaymentGateway {
    private static final String PAYMENT_ID_PREFIX = "pi_sbx_";
    private final String merchantId;

    public SandboxGateway(@ConfigProperty(name = "comptoir.payments.merchant-id") String merchantId) {
        this.merchantId = merchantId;
    }

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
        if (!token.merchantId.equals(merchantId)) {
            return Authorization.decline("allowance_exceeded", "The payment token is for another merchant.");
        }
        boolean authenticated = request.authentication() != null && request.authentication().authenticated();
        if (token.sandboxOutcome == SandboxOutcome.REQUIRES_3DS && !authenticated) {
            // As a Stripe PaymentIntent waiting for authentication: the token stays usable for the authenticated retry.
            return Authorization.decline(token.sandboxOutcome.declineCode(),
                    "The card requires 3D Secure authentication.");
        }
        token.usedByOrderId = request.orderId();
        return switch (token.sandboxOutcome) {
            case APPROVED, REQUIRES_3DS, REFUND_FAILS -> Authorization.approve(PAYMENT_ID_PREFIX + request.orderId());
            case CARD_DECLINED -> Authorization.decline(token.sandboxOutcome.declineCode(), "The card was declined.");
            case INSUFFICIENT_FUNDS -> Authorization.decline(token.sandboxOutcome.declineCode(),
                    "The card has insufficient funds.");
            case LOST_CARD, STOLEN_CARD -> Authorization.decline(token.sandboxOutcome.declineCode(),
                    "The card was declined.");
            case EXPIRED_CARD -> Authorization.decline(token.sandboxOutcome.declineCode(), "The card has expired.");
        };
    }

    @Override
    public void capture(CaptureRequest request) {
        token(request.providerPaymentId());
    }

    @Override
    public void cancel(CancelRequest request) {
        token(request.providerPaymentId());
    }

    @Override
    public RefundResult refund(RefundRequest request) {
        VaultToken token = token(request.providerPaymentId());
        String refundId = "re_sbx_" + request.refundId();
        return token.sandboxOutcome == SandboxOutcome.REFUND_FAILS
                ? new RefundResult(refundId, RefundStatus.FAILED, "The card issuer refused the refund.")
                : new RefundResult(refundId, RefundStatus.SUCCEEDED, null);
    }

    private static VaultToken token(String providerPaymentId) {
        String orderId = providerPaymentId.startsWith(PAYMENT_ID_PREFIX)
                ? providerPaymentId.substring(PAYMENT_ID_PREFIX.length())
                : null;
        VaultToken token = orderId == null ? null : VaultToken.<VaultToken>find("usedByOrderId", orderId).firstResult();
        if (token == null) {
            throw new IllegalStateException("No sandbox payment " + providerPaymentId);
        }
        return token;
    }
}
