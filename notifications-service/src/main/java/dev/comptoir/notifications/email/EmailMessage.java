package dev.comptoir.notifications.email;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** An e-mail in the e-mail log: what it says, to whom, and how far its sending got. */
@Entity
@Table(name = "email_log")
public class EmailMessage extends PanacheEntityBase {
    public enum Status {
        /** The order's buyer is not known yet (OrderPlaced not consumed yet): written once they are. */
        WAITING,
        PENDING,
        SENT,
        FAILED
    }

    @Id
    public String id;
    @Column(name = "dedupe_key")
    public String dedupeKey;
    @Column(name = "order_id")
    public String orderId;
    @Enumerated(EnumType.STRING)
    public EmailKind kind;
    @Enumerated(EnumType.STRING)
    public Status status;
    /** JSON of the kind's {@link EmailFacts}. */
    public String facts;
    public String locale;
    public String recipient;
    public String subject;
    @Column(name = "text_body")
    public String textBody;
    @Column(name = "html_body")
    public String htmlBody;
    public int attempts;
    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "sent_at")
    public OffsetDateTime sentAt;

    public static List<EmailMessage> forOrder(String orderId) {
        return list("orderId = ?1 order by createdAt, id", orderId);
    }

    /** Locks one waiting e-mail whose order's buyer is known now, skipping those another sender holds. */
    static Optional<EmailMessage> nextWaitingWithContact() {
        @SuppressWarnings("unchecked")
        List<String> ids = getEntityManager().createNativeQuery("""
                select id from email_log where status = 'WAITING'
                and order_id in (select order_id from order_contact)
                order by created_at limit 1 for update skip locked""").getResultList();
        return ids.stream().findFirst().map(id -> findById(id));
    }

    public static boolean exists(String dedupeKey) {
        return count("dedupeKey", dedupeKey) > 0;
    }
}
