package dev.comptoir.contracts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class EmailAddressTest {

    @Test
    void ordinaryAddressesAreValid() {
        assertTrue(EmailAddress.isValid("ada@example.com"));
        assertTrue(EmailAddress.isValid("ada.lovelace+shop@mail.example.co.uk"));
        assertTrue(EmailAddress.isValid("a".repeat(64) + "@" + "b".repeat(185) + ".com"));
    }

    @Test
    void addressesAMailServerWouldRefuseOrThatForgeHeadersAreInvalid() {
        for (String address : new String[] {null, "", "ada", "@example.com", "ada@", "ada@example", "ada@.com",
            "ada@example.", "ada@@example.com", "a@b@example.com", "ada @example.com", "ada@example.com\r\nBcc: x@y.z",
            "ada@example.com\n", "ada\u0000@example.com", "ada@exam\u00a0ple.com", "ada@example.com\u2028",
            "a".repeat(65) + "@example.com", "a@" + "b".repeat(FieldLimits.EMAIL) + ".com"}) {
            assertFalse(EmailAddress.isValid(address), "valid: " + address);
        }
    }

    /** Was a quadratic pattern: 40 KB of this took 10 s. A linear check reads 1 MB in a few milliseconds. */
    @Test
    void pathologicalMegabyteIsRefusedInBoundedTime() {
        String hostile = "a@" + ".".repeat(1_000_000) + " ";
        assertTimeoutPreemptively(Duration.ofMillis(100), () -> {
            for (int i = 0; i < 100; i++) {
                assertFalse(EmailAddress.isValid(hostile));
                assertFalse(EmailAddress.isValid(hostile.substring(0, FieldLimits.EMAIL)));
            }
        });
    }
}
