package dev.comptoir.payments.psp;

import java.time.OffsetDateTime;
import java.util.Map;

public record DelegatePaymentResponse(String id, OffsetDateTime created, Map<String, String> metadata) {
}
