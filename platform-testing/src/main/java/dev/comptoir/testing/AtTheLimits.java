package dev.comptoir.testing;

import dev.comptoir.contracts.FieldLimits;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Requests with every field at its largest {@link FieldLimits} value, for the tests that follow them through every
 * service: whatever the API accepts must be stored, sent and delivered downstream.
 */
public final class AtTheLimits {
    private AtTheLimits() {
    }

    /** A string of exactly {@code length} characters, starting with {@code prefix}, recognisable in a log. */
    public static String text(String prefix, int length) {
        return prefix + "x".repeat(length - prefix.length());
    }

    /**
     * An address of {@link FieldLimits#EMAIL} characters a mail server takes: a 64-character local part and a domain
     * of labels no longer than 63. {@code tag} (a few letters) tells the addresses of several orders apart.
     */
    public static String email(String tag) {
        String local = text(tag, FieldLimits.EMAIL_LOCAL_PART);
        String domain = "a".repeat(63) + "." + "b".repeat(63) + ".example";
        return local + "@" + domain + "." + "c".repeat(FieldLimits.EMAIL - local.length() - 1 - domain.length() - 1);
    }

    /** The buyer, first and last name at their longest. */
    public static Map<String, Object> buyer(String email) {
        return Map.of("first_name", text("Ada", FieldLimits.PERSON_NAME),
                "last_name", text("Lovelace", FieldLimits.PERSON_NAME), "email", email,
                "phone_number", "+1" + "5".repeat(FieldLimits.PHONE - 2));
    }

    /** A checkout session create body: {@code sku} at the largest quantity, every buyer and address field full. */
    public static Map<String, Object> checkoutSession(String sku, String email) {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("name", text("Ada Lovelace", FieldLimits.PERSON_NAME));
        address.put("line_one", text("1234 Chat Road", FieldLimits.ADDRESS_LINE));
        address.put("line_two", text("Suite", FieldLimits.ADDRESS_LINE));
        address.put("city", text("San Francisco", FieldLimits.CITY));
        address.put("state", "CA");
        address.put("country", "US");
        address.put("postal_code", text("94131", FieldLimits.POSTAL_CODE));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("currency", "usd");
        body.put("locale", languagePreference());
        body.put("line_items", List.of(Map.of("id", sku, "quantity", FieldLimits.MAX_QUANTITY)));
        body.put("buyer", buyer(email));
        body.put("fulfillment_details", Map.of("name", text("Ada Lovelace", FieldLimits.PERSON_NAME),
                "phone_number", "+1" + "5".repeat(FieldLimits.PHONE - 2), "email", email, "address", address));
        return body;
    }

    /** A list of language ranges at its longest, French first. */
    public static String languagePreference() {
        String ranges = "fr-FR, deu" + ", de;q=0.1".repeat((FieldLimits.LANGUAGE_PREFERENCE - 10) / 10);
        return ranges + " ".repeat(FieldLimits.LANGUAGE_PREFERENCE - ranges.length());
    }

    /** A product at the longest SKU, ids and titles, priced {@code price} (minor units of USD). */
    public static Map<String, Object> product(String sku, long price) {
        return Map.of("product_id", text("p-", FieldLimits.PRODUCT_ID),
                "product_title", text("Product " + sku, FieldLimits.TITLE), "title", text("Title " + sku,
                        FieldLimits.TITLE), "description", text("Description", FieldLimits.DESCRIPTION),
                "prices", Map.of("usd", price), "weight_grams", 1);
    }

    /** A SKU of {@link FieldLimits#SKU} characters, starting with {@code prefix}. */
    public static String sku(String prefix) {
        return text(prefix, FieldLimits.SKU);
    }
}
