package dev.comptoir.notifications.email;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AddressesTest {
    @Test
    void logsShowOnlyTheFirstLetterOfAMailbox() {
        assertEquals("Recipient a***@example.com rejected: 550",
                Addresses.masked("Recipient ada.lovelace+shop@example.com rejected: 550"));
    }
}
