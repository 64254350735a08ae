package dev.comptoir.platform.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CredentialTableTest {
    private static final String OLD = "a".repeat(64);
    private static final String NEW = "b".repeat(64);

    @Test
    void aRotatedTokenStillIdentifiesTheSameCaller() {
        CredentialTable agents = CredentialTable.parse("p", List.of("chatgpt:" + OLD, " chatgpt:" + NEW.toUpperCase()));
        assertEquals(Optional.of("chatgpt"), agents.callerWithTokenHash(OLD));
        assertEquals(Optional.of("chatgpt"), agents.callerWithTokenHash(NEW));
        assertEquals(Optional.empty(), agents.callerWithTokenHash("c".repeat(64)));
    }

    @Test
    void entriesThatAreNotIdAndHashAreRefusedAtStartup() {
        assertThrows(IllegalArgumentException.class, () -> CredentialTable.parse("p", List.of(OLD)));
        assertThrows(IllegalArgumentException.class, () -> CredentialTable.parse("p", List.of("x:local-agent-token")));
        assertThrows(IllegalArgumentException.class, () -> CredentialTable.parse("p", List.of(":" + OLD)));
    }
}
