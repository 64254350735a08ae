package dev.comptoir.notifications.email;

/** An e-mail's content, before it is sent. */
public record Email(String recipient, String subject, String body) {
}
