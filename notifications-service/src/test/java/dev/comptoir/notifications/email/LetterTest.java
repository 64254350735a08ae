package dev.comptoir.notifications.email;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LetterTest {
    private static Letter to(String languageTag) {
        return new Letter("Ada", Letter.supportedLocale(languageTag), "Shop", "support@shop.example");
    }

    /** Non-breaking spaces as the French locale writes them, shown as plain spaces to compare. */
    private static String plain(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    @Test
    void amountsAreWrittenTheBuyersWayInTheCurrencysOwnDecimals() {
        assertEquals("$1,234.56", to("en-US").money(123456, "usd"));
        assertEquals("¥123,456", to("en-US").money(123456, "jpy"));
        assertEquals("1 234,56 €", plain(to("fr-FR").money(123456, "eur")));
        assertEquals("123 456 JPY", plain(to("fr-FR").money(123456, "JPY")));
        assertEquals("1,250 KWD", plain(to("fr-FR").money(1250, "kwd")));
    }

    @Test
    void aBuyerIsWrittenToInFrenchOrElseInEnglish() {
        assertEquals(Locale.forLanguageTag("fr-FR"), Letter.supportedLocale("fr-FR"));
        assertEquals(Locale.FRENCH, to("fr-FR").language());
        assertEquals(Locale.forLanguageTag("en-GB"), Letter.supportedLocale("en-GB"));
        assertEquals(Letter.DEFAULT_LOCALE, Letter.supportedLocale("de-DE"));
        assertEquals(Letter.DEFAULT_LOCALE, Letter.supportedLocale(null));
        assertEquals("en", to(null).languageTag());
    }
}
