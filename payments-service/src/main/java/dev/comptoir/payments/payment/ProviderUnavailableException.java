package dev.comptoir.payments.payment;

import dev.comptoir.platform.inbox.OutageException;

/**
 * The payment provider could not be reached, or failed on its side, even after its client's retries. The operation
 * may be repeated with the same idempotency key: a capture, void or refund is retried until the provider answers.
 */
public class ProviderUnavailableException extends OutageException {
    public ProviderUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
