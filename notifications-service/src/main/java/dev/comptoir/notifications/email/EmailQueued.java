package dev.comptoir.notifications.email;

/**
 * An e-mail became ready to send, or a buyer became known (waiting e-mails can be written): observed after the
 * transaction commits, to go on without waiting for the sender's next poll.
 */
public record EmailQueued(String id) {
}
