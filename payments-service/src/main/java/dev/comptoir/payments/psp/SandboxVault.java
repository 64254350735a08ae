package dev.comptoir.payments.psp;

import dev.comptoir.contracts.FieldLimits;
import dev.comptoir.platform.errors.ApiError;
import dev.comptoir.platform.errors.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The sandbox PSP's vault: turns a card and an allowance into a {@code vt_…} token, keeping no card number.
 * Requests are checked as the ACP delegate payment schema says. That schema's error {@code code} enum has no code for
 * an invalid field other than {@code invalid_card} (its own "missing field" example uses it): every validation error
 * here is {@code invalid_card}, with {@code param} naming the field.
 */
@ApplicationScoped
public class SandboxVault {
    private static final Set<String> CARD_NUMBER_TYPES = Set.of("fpan", "network_token");
    private static final Set<String> FUNDING_TYPES = Set.of("credit", "debit", "prepaid");
    private static final int MAX_ID_LENGTH = 100;
    private static final int MAX_MERCHANT_ID_LENGTH = 256;
    private static final int MAX_DISPLAY_BRAND_LENGTH = 50;
    private static final int MAX_METADATA_KEYS = 50;
    private static final int MAX_METADATA_KEY_LENGTH = 40;
    private static final int MAX_METADATA_VALUE_LENGTH = 500;
    private static final Period MAX_ALLOWANCE_LIFETIME = Period.ofYears(1);

    @Transactional
    public DelegatePaymentResponse tokenize(DelegatePaymentRequest request) {
        DelegatePaymentRequest.PaymentMethod card = require(request.paymentMethod(), "$.payment_method");
        check("card".equals(card.type()), "payment_method.type must be card", "$.payment_method.type");
        check(card.cardNumberType() != null && CARD_NUMBER_TYPES.contains(card.cardNumberType()),
                "payment_method.card_number_type must be fpan or network_token", "$.payment_method.card_number_type");
        check(TestCards.isValidNumber(card.number()), "Invalid card number provided", "$.payment_method.number");
        check(card.expMonth() != null && card.expMonth().matches("0?[1-9]|1[0-2]"),
                "payment_method.exp_month must be a month, 1 to 12", "$.payment_method.exp_month");
        check(card.expYear() != null && card.expYear().matches("\\d{4}"),
                "payment_method.exp_year must be a four-digit year", "$.payment_method.exp_year");
        check(!YearMonth.of(Integer.parseInt(card.expYear()), Integer.parseInt(card.expMonth()))
                .isBefore(YearMonth.now(ZoneOffset.UTC)), "The card has expired", "$.payment_method.exp_year");
        check(card.cvc() == null || card.cvc().matches("\\d{3,4}"), "payment_method.cvc must be 3 or 4 digits",
                "$.payment_method.cvc");
        check(card.displayCardFundingType() != null && FUNDING_TYPES.contains(card.displayCardFundingType()),
                "payment_method.display_card_funding_type must be credit, debit or prepaid",
                "$.payment_method.display_card_funding_type");
        check(card.displayBrand() == null || isPresent(card.displayBrand(), MAX_DISPLAY_BRAND_LENGTH),
                "payment_method.display_brand is at most " + MAX_DISPLAY_BRAND_LENGTH + " characters",
                "$.payment_method.display_brand");
        check(card.displayLast4() == null || card.displayLast4().matches("[0-9]{4}"),
                "payment_method.display_last4 must be 4 digits", "$.payment_method.display_last4");
        checkMetadata(require(card.metadata(), "$.payment_method.metadata"), "$.payment_method.metadata");

        DelegatePaymentRequest.Allowance allowance = require(request.allowance(), "$.allowance");
        check("one_time".equals(allowance.reason()), "allowance.reason must be one_time", "$.allowance.reason");
        check(allowance.maxAmount() != null && allowance.maxAmount() > 0 && allowance.maxAmount() <= FieldLimits.MAX_AMOUNT,
                "allowance.max_amount must be a positive amount in minor units, at most " + FieldLimits.MAX_AMOUNT,
                "$.allowance.max_amount");
        check(allowance.currency() != null && allowance.currency().matches("[a-z]{3}"),
                "allowance.currency must be a lowercase ISO 4217 code", "$.allowance.currency");
        check(isPresent(allowance.checkoutSessionId(), MAX_ID_LENGTH),
                "allowance.checkout_session_id is required", "$.allowance.checkout_session_id");
        check(isPresent(allowance.merchantId(), MAX_MERCHANT_ID_LENGTH),
                "allowance.merchant_id is required (at most 256 characters)", "$.allowance.merchant_id");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        check(allowance.expiresAt() != null && allowance.expiresAt().isAfter(now)
                && allowance.expiresAt().isBefore(now.plus(MAX_ALLOWANCE_LIFETIME)),
                "allowance.expires_at must be in the future, within a year", "$.allowance.expires_at");
        require(request.riskSignals(), "$.risk_signals");
        Map<String, String> metadata = checkMetadata(require(request.metadata(), "$.metadata"), "$.metadata");

        VaultToken token = new VaultToken();
        token.id = "vt_" + UUID.randomUUID().toString().replace("-", "");
        token.cardBrand = TestCards.brandOf(card.number());
        token.cardLast4 = card.number().substring(card.number().length() - 4);
        token.sandboxOutcome = TestCards.outcomeOf(card.number());
        token.maxAmount = allowance.maxAmount();
        token.currency = allowance.currency();
        token.checkoutSessionId = allowance.checkoutSessionId();
        token.merchantId = allowance.merchantId();
        token.expiresAt = allowance.expiresAt();
        token.createdAt = now;
        token.persist();
        return new DelegatePaymentResponse(token.id, now, metadata);
    }

    /** Metadata is echoed back and kept with the idempotent answer: bounded as Stripe bounds it. */
    private static Map<String, String> checkMetadata(Map<String, String> metadata, String param) {
        check(metadata.size() <= MAX_METADATA_KEYS, param.substring(2) + " has at most " + MAX_METADATA_KEYS
                + " keys", param);
        metadata.forEach((key, value) -> check(key.length() <= MAX_METADATA_KEY_LENGTH
                && (value == null || isPlain(value) && value.length() <= MAX_METADATA_VALUE_LENGTH),
                param.substring(2) + " keys are at most " + MAX_METADATA_KEY_LENGTH + " characters, values "
                        + MAX_METADATA_VALUE_LENGTH + " without control characters",
                param + "." + (key.length() <= MAX_METADATA_KEY_LENGTH ? key : "")));
        return metadata;
    }

    private static <T> T require(T value, String param) {
        check(value != null, param.substring(2) + " is required", param);
        return value;
    }

    private static void check(boolean valid, String message, String param) {
        if (!valid) {
            throw new ApiException(400, new ApiError("invalid_request", "invalid_card", message, param));
        }
    }

    private static boolean isPresent(String value, int maxLength) {
        return value != null && !value.isBlank() && value.length() <= maxLength && isPlain(value);
    }

    /** No control characters: a NUL cannot even be stored, a CR/LF has no place in an id. */
    private static boolean isPlain(String value) {
        return value.chars().noneMatch(Character::isISOControl);
    }
}
