package dev.comptoir.payments.psp;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** ACP {@code POST /agentic_commerce/delegate_payment} body (the fields the sandbox uses). */
public record DelegatePaymentRequest(PaymentMethod paymentMethod, Allowance allowance, List<Object> riskSignals,
        Map<String, String> metadata) {

    public record PaymentMethod(String type, String cardNumberType, String number, String expMonth, String expYear,
            String cvc, String displayCardFundingType, String displayBrand, String displayLast4,
            Map<String, String> metadata) {
        /** Never prints the card number or CVC, wherever this record ends up. */
        @Override
        public String toString() {
            return "PaymentMethod[type=" + type + ", number=****, cvc=***]";
        }
    }

    public record Allowance(String reason, Long maxAmount, String currency, String checkoutSessionId,
            String merchantId, OffsetDateTime expiresAt) {
    }
}
