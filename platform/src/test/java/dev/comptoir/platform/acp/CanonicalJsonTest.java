package dev.comptoir.platform.acp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.node.DecimalNode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void keyOrderWhiteSpaceAndNumberSpellingDoNotChangeTheFingerprint() {
        assertEquals(CanonicalJson.fingerprint("{\"a\": 1, \"b\": {\"c\": [1, 2.50]}}"),
                CanonicalJson.fingerprint("{\"b\":{\"c\":[1.0,2.5]},\"a\":1e0}"));
    }

    @Test
    void anotherValueArrayOrderOrTypeIsAnotherRequest() {
        String base = CanonicalJson.fingerprint("{\"a\": [1, 2]}");
        assertNotEquals(base, CanonicalJson.fingerprint("{\"a\": [2, 1]}"));
        assertNotEquals(base, CanonicalJson.fingerprint("{\"a\": [1, 3]}"));
        assertNotEquals(CanonicalJson.fingerprint("{\"a\": 1}"), CanonicalJson.fingerprint("{\"a\": \"1\"}"));
    }

    @Test
    void hugeExponentsStaySmallAndStillCompareByValue() {
        assertEquals(CanonicalJson.fingerprint("{\"q\": 1e999999999}"),
                CanonicalJson.fingerprint("{\"q\": 10e999999998}"));
        assertEquals("1E+999999999", CanonicalJson.canonical(new DecimalNode(new BigDecimal("1e999999999"))));
    }

    @Test
    void bodyThatIsNotJsonIsComparedAsText() {
        assertEquals(CanonicalJson.fingerprint("{oops"), CanonicalJson.fingerprint("{oops"));
        assertNotEquals(CanonicalJson.fingerprint("{oops"), CanonicalJson.fingerprint("{oops "));
    }
}
