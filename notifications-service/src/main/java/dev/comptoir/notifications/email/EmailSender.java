package dev.comptoir.notifications.email;

import dev.comptoir.platform.work.BackgroundLoop;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Writes the e-mails that waited for their buyer once the buyer is known, and sends the pending e-mails of the log
 * through SMTP, one per transaction: the row is locked while it is sent (replicas
 * send each e-mail once) and marked sent in the same transaction. A mail server that refuses or cannot be reached is
 * tried again on the {@link RetrySchedule}. A crash after the server accepted an e-mail but before the mark commits
 * sends that one e-mail again after the restart: at most one duplicate per crash, never a lost e-mail. Every copy of
 * one e-mail carries the same Message-ID (named after its row), so mail clients show a duplicate once.
 */
@ApplicationScoped
public class EmailSender {
    private static final Logger LOG = Logger.getLogger(EmailSender.class);
    private static final int MAX_ERROR_LENGTH = 500;

    private final EntityManager entityManager;
    private final Mailer mailer;
    private final CustomerEmails emails;
    private final MeterRegistry meters;
    private final RetrySchedule retries;
    private final BackgroundLoop loop;
    private final String messageIdDomain;

    public EmailSender(EntityManager entityManager, Mailer mailer, CustomerEmails emails, MeterRegistry meters,
            @ConfigProperty(name = "comptoir.emails.poll-interval") Duration pollInterval,
            @ConfigProperty(name = "comptoir.emails.retry.initial") Duration initialRetry,
            @ConfigProperty(name = "comptoir.emails.retry.max") Duration maxRetry,
            @ConfigProperty(name = "comptoir.emails.retry.give-up-after") Duration giveUpAfter,
            @ConfigProperty(name = "comptoir.shop.support-email") String supportEmail) {
        this.entityManager = entityManager;
        this.mailer = mailer;
        this.emails = emails;
        this.meters = meters;
        this.retries = new RetrySchedule(initialRetry, maxRetry, giveUpAfter);
        this.messageIdDomain = supportEmail.substring(supportEmail.indexOf('@') + 1);
        this.loop = new BackgroundLoop("email-sender", pollInterval,
                () -> QuarkusTransaction.requiringNew().call(emails::writeNextWaiting)
                        | QuarkusTransaction.requiringNew().call(this::sendNextDue),
                Addresses::masked);
    }

    void start(@Observes StartupEvent startup) {
        loop.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        loop.stop(Duration.ofSeconds(10));
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) EmailQueued queued) {
        loop.wakeUp();
    }

    /** Sends the e-mail due first, if any; returns whether there was one. */
    private boolean sendNextDue() {
        OffsetDateTime now = OffsetDateTime.now();
        @SuppressWarnings("unchecked")
        List<String> due = entityManager.createNativeQuery("""
                select id from email_log where status = 'PENDING' and next_attempt_at <= :now
                order by next_attempt_at limit 1 for update skip locked""")
                .setParameter("now", now)
                .getResultList();
        if (due.isEmpty()) {
            return false;
        }
        EmailMessage email = EmailMessage.findById(due.get(0));
        email.attempts++;
        try {
            mailer.send(mail(email));
            email.status = EmailMessage.Status.SENT;
            email.sentAt = OffsetDateTime.now();
            email.lastError = null;
            meters.counter("comptoir.emails.sent", "kind", email.kind.name().toLowerCase(Locale.ROOT)).increment();
        } catch (RuntimeException e) {
            String error = Addresses.masked(e.toString());
            email.lastError = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
            meters.counter("comptoir.emails.send.failures").increment();
            if (retries.givesUp(email.createdAt.toInstant(), now.toInstant())) {
                email.status = EmailMessage.Status.FAILED;
                meters.counter("comptoir.emails.failed", "kind", email.kind.name().toLowerCase(Locale.ROOT)).increment();
                LOG.errorf("E-mail %s (%s) still not sent after %d attempts, given up: %s", email.id, email.kind,
                        email.attempts, email.lastError);
            } else {
                Duration wait = retries.backoff(email.attempts);
                email.nextAttemptAt = now.plus(wait);
                LOG.warnf("E-mail %s (%s) not sent (attempt %d), next try in %s: %s", email.id, email.kind,
                        email.attempts, wait, email.lastError);
            }
        }
        return true;
    }

    private Mail mail(EmailMessage email) {
        Mail mail = Mail.withText(email.recipient, email.subject, email.textBody)
                .addHeader("Message-ID", "<" + email.id + "@" + messageIdDomain + ">");
        if (email.htmlBody != null) {
            mail.setHtml(email.htmlBody);
        }
        return mail;
    }
}
