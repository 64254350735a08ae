package dev.comptoir.contracts;

/**
 * The largest value of every field that enters the system, one contract for all services: orders enforces it where
 * data comes in (the ACP checkout, the merchant APIs), and every store downstream keeps whatever it let in, so that no
 * event is ever dead-lettered for a value another service accepted. Lengths count Java {@code char}s, never fewer
 * than the characters a PostgreSQL {@code varchar(n)} counts.
 */
public final class FieldLimits {
    /** A buyer's first or last name, or the name on a shipping address. */
    public static final int PERSON_NAME = 200;
    /** The customer's full name in events: first name, a space, last name. */
    public static final int CUSTOMER_NAME = 2 * PERSON_NAME + 1;
    /** An e-mail address (RFC 5321: a path is at most 256 octets, brackets included). */
    public static final int EMAIL = 254;
    /** The part of an e-mail address before the '@' (RFC 5321). */
    public static final int EMAIL_LOCAL_PART = 64;
    public static final int PHONE = 50;
    public static final int ADDRESS_LINE = 300;
    public static final int CITY = 200;
    /** A state, province or region. */
    public static final int REGION = 100;
    public static final int POSTAL_CODE = 20;
    /** A BCP 47 language tag as kept (the buyer's locale). */
    public static final int LOCALE = 35;
    /** A requested {@code locale} or {@code Accept-Language}: a few weighted language ranges, not thousands. */
    public static final int LANGUAGE_PREFERENCE = 200;
    /** Lines of one checkout or order. */
    public static final int LINE_ITEMS = 100;
    public static final int MIN_QUANTITY = 1;
    /** Beyond this a quantity is a mistake, not an order. */
    public static final int MAX_QUANTITY = 999;
    public static final int SKU = 100;
    public static final int PRODUCT_ID = 100;
    /** A product or variant title (the name of an order line). */
    public static final int TITLE = 300;
    public static final int DESCRIPTION = 5000;
    /** The id of a field a product can be personalised with (an engraving). */
    public static final int CUSTOMIZATION_NAME = 40;
    /** A value the buyer personalised (an engraving). */
    public static final int CUSTOMIZATION_VALUE = 500;
    /** Each detail of a 3-D Secure result (cryptogram, ECI, transaction id, version): a few dozen characters. */
    public static final int THREE_DS_DETAIL = 255;
    public static final int DISCOUNT_CODE = 64;
    public static final int DISCOUNT_CODES = 10;
    /** The name of a discount the merchant hands out. */
    public static final int DISCOUNT_NAME = 200;
    /** Why a buyer returns something, or why an order was refunded. */
    public static final int REASON = 500;
    /**
     * The largest amount, in minor units of any currency, of a price, a discount or an order total: 10^12 - 1 (USD
     * 9,999,999,999.99). With {@link #MAX_QUANTITY} and {@link #LINE_ITEMS} any sum of such amounts stays far from
     * {@code Long.MAX_VALUE}.
     */
    public static final long MAX_AMOUNT = 999_999_999_999L;

    private FieldLimits() {
    }
}
