package dev.comptoir.payments.stripe;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A Stripe webhook event already applied. */
@Entity
@Table(name = "stripe_event")
public class StripeEvent extends PanacheEntityBase {
    @Id
    public String id;
    public String type;
    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
}
