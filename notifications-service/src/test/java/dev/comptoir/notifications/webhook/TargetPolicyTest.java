package dev.comptoir.notifications.webhook;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TargetPolicyTest {
    private final TargetPolicy guarded = new TargetPolicy(false);

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/hook", "http://127.9.9.9/hook", "https://10.1.2.3/hook",
            "http://172.16.0.1/", "http://172.31.255.255/", "http://192.168.1.10/", "http://169.254.169.254/latest",
            "http://100.64.0.1/", "http://100.127.255.254/", "http://0.0.0.0/", "http://224.0.0.1/",
            "http://255.255.255.255/", "http://[::1]/", "http://[::]/", "http://[fc00::1]/", "http://[fd12:3456::1]/",
            "http://[fe80::1]/", "http://[ff02::1]/", "http://[::ffff:127.0.0.1]/", "http://localhost:8083/hook"})
    void refusesLoopbackPrivateLinkLocalAndOtherNonPublicTargets(String url) {
        RefusedTargetException refused = assertThrows(RefusedTargetException.class, () -> guarded.check(url));
        assertTrue(refused.getMessage().contains("non-public"), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com/", "file:///etc/passwd", "gopher://93.184.216.34/", "no-scheme",
            "https://user:password@93.184.216.34/", "http:///path-only", ""})
    void refusesOtherSchemesCredentialsAndMalformedUrls(String url) {
        assertThrows(RefusedTargetException.class, () -> guarded.check(url));
    }

    @Test
    void acceptsPublicAddresses() {
        assertDoesNotThrow(() -> guarded.check("https://93.184.216.34/hooks?x=1"));
        assertDoesNotThrow(() -> guarded.check("http://100.128.0.1/"));
        assertDoesNotThrow(() -> guarded.check("http://172.32.0.1/"));
        assertDoesNotThrow(() -> guarded.check("https://[2606:2800:220:1:248:1893:25c8:1946]/"));
    }

    @Test
    void aNameIsRefusedWhenAnyOfItsAddressesIsPrivate() throws UnknownHostException {
        InetAddress[] rebinding = {InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.5")};
        TargetPolicy policy = new TargetPolicy(false, host -> rebinding);
        RefusedTargetException refused = assertThrows(RefusedTargetException.class,
                () -> policy.check("https://hooks.example.com/x"));
        assertEquals("the host hooks.example.com resolves to 10.0.0.5, a loopback, private, link-local or otherwise "
                + "non-public address", refused.getMessage());
    }

    @Test
    void aNameThatDoesNotResolveIsRefused() {
        TargetPolicy policy = new TargetPolicy(false, host -> {
            throw new UnknownHostException(host);
        });
        assertThrows(RefusedTargetException.class, () -> policy.check("https://nowhere.example/x"));
    }

    @Test
    void privateTargetsAreAllowedWhenConfiguredSoButOnlyOverHttp() {
        TargetPolicy open = new TargetPolicy(true);
        assertDoesNotThrow(() -> open.check("http://127.0.0.1:9000/hook"));
        assertDoesNotThrow(() -> open.check("http://localhost:9000/hook"));
        assertThrows(RefusedTargetException.class, () -> open.check("ftp://127.0.0.1/"));
    }
}
