package dev.comptoir.orders.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShopLocalesTest {
    private final ShopLocales locales = new ShopLocales(List.of("en-US", "fr-FR"));

    @Test
    void theSessionLocaleWinsWhenTheShopSpeaksIt() {
        assertEquals("fr-FR", locales.resolve("fr-FR", "en-US"));
        assertEquals("fr-FR", locales.resolve("fr_fr", null));
    }

    @Test
    void aRegionalVariantGetsTheShopsLocaleOfTheSameLanguage() {
        assertEquals("fr-FR", locales.resolve("fr-CA", null));
        assertEquals("en-US", locales.resolve("en-GB", "fr-FR"));
    }

    @Test
    void acceptLanguageIsUsedInOrderOfPreferenceWhenTheSessionNamesNoSpokenLocale() {
        assertEquals("fr-FR", locales.resolve(null, "de-DE, fr;q=0.8, en;q=0.5"));
        assertEquals("fr-FR", locales.resolve("ja-JP", "fr-BE"));
        assertEquals("en-US", locales.resolve(null, "fr;q=0, en;q=0.1"));
    }

    @Test
    void unknownOrMalformedTagsFallBackToTheShopsFirstLocale() {
        assertEquals("en-US", locales.resolve("de-DE", "it"));
        assertEquals("en-US", locales.resolve("!!", ";;;"));
        assertEquals("en-US", locales.resolve(null, null));
    }

    /** Parsing 40,000 language ranges took 2.6 s (quadratic): a list that long is not read at all. */
    @Test
    void aHugeListOfLanguageRangesFallsBackAtOnce() {
        String hostile = "de;q=0.1,".repeat(40_000) + "fr";
        assertTimeoutPreemptively(Duration.ofMillis(100), () -> {
            for (int i = 0; i < 100; i++) {
                assertEquals("en-US", locales.resolve(hostile, hostile));
            }
        });
    }
}
