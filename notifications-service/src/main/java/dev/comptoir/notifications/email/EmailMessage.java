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

/** An e-mail sent to a customer, as recorded in the e-mail log. */
@Entity
@Table(name = "email_message")
public class EmailMessage extends PanacheEntityBase {
    @Id
    public String id;
    @Column(name = "order_id")
    public String orderId;
    @Enumerated(EnumType.STRING)
    public EmailKind kind;
    public String recipient;
    public String subject;
    public String body;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    public static List<EmailMessage> forOrder(String orderId) {
        return list("orderId = ?1 order by createdAt", orderId);
    }

    public static boolean exists(String orderId, EmailKind kind) {
        return count("orderId = ?1 and kind = ?2", orderId, kind) > 0;
    }
}
