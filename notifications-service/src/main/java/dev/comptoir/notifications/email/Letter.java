package dev.comptoir.notifications.email;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * Who an e-mail is written to and in which language, with the shop that signs it. Amounts are written the way the
 * buyer's locale writes them, in the currency's own decimals (none for JPY).
 */
public record Letter(String name, Locale locale, String shop, String supportEmail) {
    public static final Locale DEFAULT_LOCALE = Locale.forLanguageTag("en-US");
    private static final String FRENCH = "fr";

    /** The buyer's BCP 47 locale if the shop writes its language (English or French), else American English. */
    public static Locale supportedLocale(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return DEFAULT_LOCALE;
        }
        Locale locale = Locale.forLanguageTag(languageTag);
        return locale.getLanguage().equals(FRENCH) || locale.getLanguage().equals("en") ? locale : DEFAULT_LOCALE;
    }

    /** The language of the words: the message bundles are per language, not per country. */
    public Locale language() {
        return Locale.forLanguageTag(locale.getLanguage());
    }

    /** The language alone, as HTML's lang attribute wants it. */
    public String languageTag() {
        return locale.getLanguage();
    }

    public String money(long minorUnits, String currencyCode) {
        Currency currency = Currency.getInstance(currencyCode.toUpperCase(Locale.ROOT));
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(BigDecimal.valueOf(minorUnits, digits));
    }
}
