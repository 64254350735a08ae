package dev.comptoir.payments.psp;

import dev.comptoir.platform.errors.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** The sandbox PSP's vault: turns a card and an allowance into a {@code vt_…} token, keeping no card number. */
@ApplicationScoped
public class SandboxVault {

    @Transactional
    public DelegatePaymentResponse tokenize(DelegatePaymentRequest request) {
        DelegatePaymentRequest.PaymentMethod card = request.paymentMethod();
        if (card == null) {
            throw ApiException.badRequest("missing", "payment_method is required", "payment_method");
        }
        if (!"card".equals(card.type())) {
            throw ApiException.badRequest("invalid", "payment_method.type must be card", "payment_method.type");
        }
        if (!TestCards.isValidNumber(card.number())) {
            throw ApiException.badRequest("invalid_card", "Invalid card number provided", "payment_method.number");
        }
        DelegatePaymentRequest.Allowance allowance = request.allowance();
        if (allowance == null) {
            throw ApiException.badRequest("missing", "allowance is required", "allowance");
        }
        if (allowance.maxAmount() == null || allowance.maxAmount() <= 0) {
            throw ApiException.badRequest("invalid", "allowance.max_amount must be a positive amount in minor units",
                    "allowance.max_amount");
        }
        if (allowance.currency() == null || !allowance.currency().matches("[A-Za-z]{3}")) {
            throw ApiException.badRequest("invalid", "allowance.currency must be an ISO 4217 code",
                    "allowance.currency");
        }
        if (allowance.checkoutSessionId() == null || allowance.checkoutSessionId().isBlank()) {
            throw ApiException.badRequest("missing", "allowance.checkout_session_id is required",
                    "allowance.checkout_session_id");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (allowance.expiresAt() == null || !allowance.expiresAt().isAfter(now)) {
            throw ApiException.badRequest("invalid", "allowance.expires_at must be in the future",
                    "allowance.expires_at");
        }
        VaultToken token = new VaultToken();
        token.id = "vt_" + UUID.randomUUID().toString().replace("-", "");
        token.cardBrand = TestCards.brandOf(card.number());
        token.cardLast4 = card.number().substring(card.number().length() - 4);
        token.sandboxOutcome = TestCards.outcomeOf(card.number());
        token.maxAmount = allowance.maxAmount();
        token.currency = allowance.currency().toLowerCase(Locale.ROOT);
        token.checkoutSessionId = allowance.checkoutSessionId();
        token.merchantId = allowance.merchantId();
        token.expiresAt = allowance.expiresAt();
        token.createdAt = now;
        token.persist();
        return new DelegatePaymentResponse(token.id, now,
                request.metadata() == null ? Map.of() : request.metadata());
    }
}
