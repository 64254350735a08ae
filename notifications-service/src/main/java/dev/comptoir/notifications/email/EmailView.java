package dev.comptoir.notifications.email;

import java.time.OffsetDateTime;
import java.util.Locale;

public record EmailView(String id, String orderId, String kind, String to, String subject, String body,
        OffsetDateTime createdAt) {
    static EmailView of(EmailMessage message) {
        return new EmailView(message.id, message.orderId, message.kind.name().toLowerCase(Locale.ROOT),
                message.recipient, message.subject, message.body, message.createdAt);
    }
}
