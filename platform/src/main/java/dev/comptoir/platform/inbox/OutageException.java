package dev.comptoir.platform.inbox;

/**
 * Something the handler depends on is down (a payment provider, a carrier), through no fault of the message: the
 * inbox waits it out, retrying with backoff, instead of dead-lettering the message.
 */
public class OutageException extends RuntimeException {
    public OutageException(String message, Throwable cause) {
        super(message, cause);
    }
}
