package dev.comptoir.orders.download;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DownloadLinkTest {
    private static final String TOKEN = "0123456789abcdef0123456789abcdef0123456789abcdef";

    @Test
    void theTokenIsTheLastPathSegmentOfADownloadsLink() {
        assertEquals(Optional.of(TOKEN), DownloadLink.token("http://localhost:8080/downloads/" + TOKEN));
        assertEquals(Optional.empty(), DownloadLink.token("http://localhost:8080/downloads/" + TOKEN + "/x"));
        assertEquals(Optional.empty(), DownloadLink.token("http://localhost:8080/other/" + TOKEN));
        assertEquals(Optional.empty(), DownloadLink.token(null));
    }

    @Test
    void onlyFortyEightLowercaseHexDigitsAreAToken() {
        assertTrue(DownloadLink.isToken(TOKEN));
        assertFalse(DownloadLink.isToken(TOKEN.toUpperCase()));
        assertFalse(DownloadLink.isToken(TOKEN.substring(1)));
        assertFalse(DownloadLink.isToken("%' or 1=1 --"));
        assertFalse(DownloadLink.isToken(null));
    }

    @Test
    void licenceKeysAreStablePerLinkAndLineAndDifferOtherwise() {
        String key = DownloadLink.licenceKey(TOKEN, "li_1");
        assertTrue(key.matches("[0-9A-F]{4}(-[0-9A-F]{4}){3}"), key);
        assertEquals(key, DownloadLink.licenceKey(TOKEN, "li_1"));
        assertNotEquals(key, DownloadLink.licenceKey(TOKEN, "li_2"));
        assertNotEquals(key, DownloadLink.licenceKey(TOKEN.replace('0', '1'), "li_1"));
    }
}
