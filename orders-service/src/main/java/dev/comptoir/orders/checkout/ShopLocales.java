package dev.comptoir.orders.checkout;

import dev.comptoir.contracts.FieldLimits;
import java.util.List;
import java.util.Locale;

/**
 * The languages the shop writes in, and which one a buyer gets: the session's {@code locale} when the shop speaks it
 * (or its language), else the agent's {@code Accept-Language}, else the shop's first locale. An unknown or malformed
 * tag falls back rather than failing the checkout: the language of e-mails is no reason to refuse a sale. A list
 * longer than {@link FieldLimits#LANGUAGE_PREFERENCE} is not read: parsing language ranges takes time quadratic in
 * their number.
 */
public record ShopLocales(List<String> supported) {

    public ShopLocales {
        if (supported.isEmpty()) {
            throw new IllegalArgumentException("comptoir.shop.locales lists no locale");
        }
        supported = List.copyOf(supported);
    }

    public String resolve(String requested, String acceptLanguage) {
        String match = match(requested);
        if (match == null) {
            match = match(acceptLanguage);
        }
        return match == null ? supported.get(0) : match;
    }

    private String match(String ranges) {
        if (ranges == null || ranges.isBlank() || ranges.length() > FieldLimits.LANGUAGE_PREFERENCE) {
            return null;
        }
        List<Locale.LanguageRange> parsed;
        try {
            parsed = Locale.LanguageRange.parse(ranges.replace('_', '-'));
        } catch (IllegalArgumentException malformed) {
            return null;
        }
        for (Locale.LanguageRange range : parsed) {
            if (range.getWeight() == 0) {
                continue;
            }
            for (String tag : supported) {
                if (tag.equalsIgnoreCase(range.getRange())) {
                    return tag;
                }
            }
            String language = Locale.forLanguageTag(range.getRange()).getLanguage();
            for (String tag : supported) {
                if (!language.isEmpty() && Locale.forLanguageTag(tag).getLanguage().equals(language)) {
                    return tag;
                }
            }
        }
        return null;
    }
}
