package dev.comptoir.payments.psp;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A delegated payment token ({@code vt_…}) bound to its allowance: one checkout session, up to an amount, until a time. */
@Entity
@Table(name = "vault_token")
public class VaultToken extends PanacheEntityBase {
    @Id
    public String id;
    @Column(name = "card_brand")
    public String cardBrand;
    @Column(name = "card_last4")
    public String cardLast4;
    @Enumerated(EnumType.STRING)
    @Column(name = "sandbox_outcome")
    public SandboxOutcome sandboxOutcome;
    @Column(name = "max_amount")
    public long maxAmount;
    public String currency;
    @Column(name = "checkout_session_id")
    public String checkoutSessionId;
    @Column(name = "merchant_id")
    public String merchantId;
    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "used_by_order_id")
    public String usedByOrderId;
}
