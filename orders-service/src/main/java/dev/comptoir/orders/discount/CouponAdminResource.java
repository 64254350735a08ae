package dev.comptoir.orders.discount;

import dev.comptoir.contracts.FieldLimits;
import dev.comptoir.orders.pricing.ShippingRates;
import dev.comptoir.platform.auth.Authenticated;
import dev.comptoir.platform.auth.Caller;
import dev.comptoir.platform.errors.ApiException;
import dev.comptoir.platform.errors.FieldChecks;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * The merchant's discount codes. {@code PUT} creates or replaces a code (codes are matched without regard to case),
 * {@code DELETE} disables it: sessions that applied it get it rejected at their next pricing.
 */
@Path("/admin/coupons")
@Authenticated(Caller.MERCHANT)
@Produces(MediaType.APPLICATION_JSON)
public class CouponAdminResource {
    private static final String CODE = "[A-Za-z0-9_-]{1,64}";

    @GET
    public List<CouponView> list() {
        return Coupon.listAll().stream().map(CouponView::of).toList();
    }

    @GET
    @Path("/{code}")
    public CouponView get(@PathParam("code") String code) {
        return CouponView.of(find(code));
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public CouponView put(@PathParam("code") String code, CouponUpdate update) {
        if (!code.matches(CODE)) {
            throw ApiException.badRequest("invalid", "A code is 1 to 64 letters, digits, '_' or '-'", null);
        }
        if (update == null) {
            throw ApiException.badRequest("invalid_json", "A JSON body is required.", null);
        }
        if (update.name() == null || update.name().isBlank() || update.name().length() > FieldLimits.DISCOUNT_NAME) {
            throw ApiException.badRequest("invalid", "name is required, at most " + FieldLimits.DISCOUNT_NAME
                    + " characters", "$.name");
        }
        if ((update.percentOff() == null) == (update.amountOff() == null)) {
            throw ApiException.badRequest("invalid", "A coupon has either percent_off (basis points, 1 to 10000) or "
                    + "amount_off (minor units)", "$.percent_off");
        }
        if (update.percentOff() != null && (update.percentOff() < 1 || update.percentOff() > 10_000)) {
            throw ApiException.badRequest("invalid", "percent_off is in basis points, 1 to 10000", "$.percent_off");
        }
        if (update.amountOff() != null && update.amountOff() < 1) {
            throw ApiException.badRequest("invalid", "amount_off is at least 1 minor unit", "$.amount_off");
        }
        FieldChecks.amount(update.amountOff(), "$.amount_off");
        FieldChecks.amount(update.minimumAmount(), "$.minimum_amount");
        boolean needsCurrency = update.amountOff() != null || update.minimumAmount() != null;
        if (needsCurrency != (update.currency() != null)
                || (update.currency() != null && !ShippingRates.CURRENCIES.contains(update.currency()))) {
            throw ApiException.badRequest("invalid", "currency (lowercase ISO 4217, one the shop sells in) is required "
                    + "with amount_off or minimum_amount, and only then", "$.currency");
        }
        if (update.minimumAmount() != null && update.minimumAmount() < 0) {
            throw ApiException.badRequest("invalid", "minimum_amount is zero or more", "$.minimum_amount");
        }
        if (update.startsAt() != null && update.endsAt() != null && !update.startsAt().isBefore(update.endsAt())) {
            throw ApiException.badRequest("invalid", "ends_at must be after starts_at", "$.ends_at");
        }
        String id = code.toUpperCase(Locale.ROOT);
        Coupon coupon = Coupon.findById(id);
        boolean created = coupon == null;
        if (created) {
            coupon = new Coupon();
            coupon.code = id;
        }
        coupon.name = update.name();
        coupon.percentOff = update.percentOff();
        coupon.amountOff = update.amountOff();
        coupon.currency = update.currency();
        coupon.minimumAmount = update.minimumAmount() == null ? 0 : update.minimumAmount();
        coupon.startsAt = update.startsAt();
        coupon.endsAt = update.endsAt();
        coupon.active = update.active() == null || update.active();
        if (created) {
            coupon.persist();
        }
        return CouponView.of(coupon);
    }

    @DELETE
    @Path("/{code}")
    @Transactional
    public CouponView disable(@PathParam("code") String code) {
        Coupon coupon = find(code);
        coupon.active = false;
        return CouponView.of(coupon);
    }

    private static Coupon find(String code) {
        return Coupon.<Coupon>findByIdOptional(code.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> ApiException.notFound("Coupon " + code));
    }

    /** {@code percentOff} in basis points (1000 = 10 %); {@code amountOff} and {@code minimumAmount} in minor units. */
    public record CouponUpdate(String name, Integer percentOff, Long amountOff, String currency, Long minimumAmount,
            OffsetDateTime startsAt, OffsetDateTime endsAt, Boolean active) {
    }

    public record CouponView(String code, String name, Integer percentOff, Long amountOff, String currency,
            long minimumAmount, OffsetDateTime startsAt, OffsetDateTime endsAt, boolean active) {
        static CouponView of(Coupon coupon) {
            return new CouponView(coupon.code, coupon.name, coupon.percentOff, coupon.amountOff, coupon.currency,
                    coupon.minimumAmount, coupon.startsAt, coupon.endsAt, coupon.active);
        }
    }
}
