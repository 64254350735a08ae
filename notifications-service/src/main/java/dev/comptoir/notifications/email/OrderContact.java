package dev.comptoir.notifications.email;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The buyer of an order, as OrderPlaced named them: where their e-mails go and in which language. */
@Entity
@Table(name = "order_contact")
public class OrderContact extends PanacheEntityBase {
    @Id
    @Column(name = "order_id")
    public String orderId;
    public String name;
    public String email;
    /** BCP 47, e.g. fr-FR. */
    public String locale;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    static OrderContact of(String orderId, String name, String email, String locale) {
        OrderContact contact = new OrderContact();
        contact.orderId = orderId;
        contact.name = name;
        contact.email = email;
        contact.locale = Letter.supportedLocale(locale).toLanguageTag();
        contact.createdAt = OffsetDateTime.now();
        return contact;
    }
}
