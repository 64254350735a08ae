package dev.comptoir.notifications.email;

import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * An e-mail as the merchant sees it in the log; {@code to} is the recipient, {@code lastError} why the last attempt
 * failed (addresses masked), null once sent.
 */
public record EmailView(String id, String orderId, String kind, String status, String locale, String to,
        String subject, String body, int attempts, String lastError, OffsetDateTime createdAt,
        OffsetDateTime sentAt) {
    static EmailView of(EmailMessage message) {
        return new EmailView(message.id, message.orderId, message.kind.name().toLowerCase(Locale.ROOT),
                message.status.name().toLowerCase(Locale.ROOT), message.locale, message.recipient, message.subject,
                message.textBody, message.attempts, message.lastError, message.createdAt, message.sentAt);
    }
}
