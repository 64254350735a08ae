package dev.comptoir.platform.acp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void keyOrderWhiteSpaceAndNumberSpellingDoNotChangeTheDigest() {
        assertArrayEquals(CanonicalJson.digest("{\"a\": 1, \"b\": {\"c\": [1, 2.50, {\"x\": 0, \"y\": null}]}}"),
                CanonicalJson.digest("{\"b\":{\"c\":[1.0,2.5,{\"y\":null,\"x\":0e5}]},\"a\":1e0}"));
    }

    @Test
    void anotherValueArrayOrderOrTypeIsAnotherRequest() {
        byte[] base = CanonicalJson.digest("{\"a\": [1, 2]}");
        assertDiffer(base, CanonicalJson.digest("{\"a\": [2, 1]}"));
        assertDiffer(base, CanonicalJson.digest("{\"a\": [1, 3]}"));
        assertDiffer(base, CanonicalJson.digest("{\"a\": [1, 2], \"b\": 1}"));
        assertDiffer(base, CanonicalJson.digest("{\"b\": [1, 2]}"));
        assertDiffer(base, CanonicalJson.digest("{\"a\": [[1, 2]]}"));
        assertDiffer(CanonicalJson.digest("{\"a\": 1}"), CanonicalJson.digest("{\"a\": \"1\"}"));
        assertDiffer(CanonicalJson.digest("{\"a\": null}"), CanonicalJson.digest("{\"a\": \"null\"}"));
        assertDiffer(CanonicalJson.digest("{\"a\": {\"b\": 1}}"), CanonicalJson.digest("{\"a\": {}, \"b\": 1}"));
    }

    @Test
    void hugeExponentsStaySmallAndStillCompareByValue() {
        assertArrayEquals(CanonicalJson.digest("{\"q\": 1e999999999}"),
                CanonicalJson.digest("{\"q\": 10e999999998}"));
    }

    @Test
    void bodyThatIsNotOneJsonValueIsComparedAsText() {
        assertArrayEquals(CanonicalJson.digest("{oops"), CanonicalJson.digest("{oops"));
        assertDiffer(CanonicalJson.digest("{oops"), CanonicalJson.digest("{oops "));
        assertDiffer(CanonicalJson.digest("{\"a\": 1}"), CanonicalJson.digest("{\"a\": 1} {\"b\": 2}"));
        assertDiffer(CanonicalJson.digest("{\"a\": [1, 2"), CanonicalJson.digest("{\"a\": [1, 2, 3"));
    }

    /** A tree of a megabyte of empty objects took hundreds of megabytes; the digest keeps one per member at most. */
    @Test
    void aMegabyteOfTinyValuesIsDigestedWithinABudgetOfCpuTime() {
        String emptyObjects = "[" + "{},".repeat(350_000) + "{}]";
        String members = "{" + "\"k\":0,".repeat(150_000) + "\"z\":1}";
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuBefore = threads.getCurrentThreadCpuTime();
        CanonicalJson.digest(emptyObjects);
        CanonicalJson.digest(members);
        long cpuMillis = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1_000_000;
        assertTrue(cpuMillis < 1500, "two 1 MB bodies took " + cpuMillis + " ms of CPU");
    }

    private static void assertDiffer(byte[] one, byte[] other) {
        assertFalse(Arrays.equals(one, other));
    }
}
