package dev.comptoir.orders.discount;

import dev.comptoir.orders.pricing.DiscountCode;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** A discount code the merchant hands out (see {@link DiscountCode} for what it means). */
@Entity
@Table(name = "coupon")
public class Coupon extends PanacheEntityBase {
    /** Uppercase: codes are matched without regard to case. */
    @Id
    public String code;
    public String name;
    @Column(name = "percent_off")
    public Integer percentOff;
    @Column(name = "amount_off")
    public Long amountOff;
    public String currency;
    @Column(name = "minimum_amount")
    public long minimumAmount;
    @Column(name = "starts_at")
    public OffsetDateTime startsAt;
    @Column(name = "ends_at")
    public OffsetDateTime endsAt;
    public boolean active;

    public DiscountCode terms() {
        return new DiscountCode(code, name, percentOff, amountOff, currency, minimumAmount, startsAt, endsAt, active);
    }

    public static Optional<DiscountCode> find(String code) {
        return Coupon.<Coupon>findByIdOptional(code).map(Coupon::terms);
    }

    public static List<Coupon> listAll() {
        return list("order by code");
    }
}
