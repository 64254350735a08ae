package dev.comptoir.notifications.webhook;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TargetPolicyTest {
    private final TargetPolicy guarded = new TargetPolicy(false);

    /** Address → why it is refused (IANA special-purpose registries), or "public". */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            93.184.216.34 | public
            8.8.8.8 | public
            100.63.255.255 | public
            100.128.0.1 | public
            172.32.0.1 | public
            192.0.3.1 | public
            198.17.255.255 | public
            198.20.0.1 | public
            223.255.255.255 | public
            0.0.0.0 | this network (0.0.0.0/8)
            0.1.2.3 | this network (0.0.0.0/8)
            10.1.2.3 | private-use (10.0.0.0/8)
            100.64.0.1 | carrier-grade NAT shared address space (100.64.0.0/10)
            100.127.255.254 | carrier-grade NAT shared address space (100.64.0.0/10)
            127.0.0.1 | loopback (127.0.0.0/8)
            127.9.9.9 | loopback (127.0.0.0/8)
            169.254.169.254 | link-local (169.254.0.0/16)
            172.16.0.1 | private-use (172.16.0.0/12)
            172.31.255.255 | private-use (172.16.0.0/12)
            192.0.0.8 | IETF protocol assignments (192.0.0.0/24)
            192.0.2.1 | documentation TEST-NET-1 (192.0.2.0/24)
            192.88.99.1 | deprecated 6to4 relay anycast (192.88.99.0/24)
            192.168.1.10 | private-use (192.168.0.0/16)
            198.18.0.1 | benchmarking (198.18.0.0/15)
            198.19.255.255 | benchmarking (198.18.0.0/15)
            198.51.100.7 | documentation TEST-NET-2 (198.51.100.0/24)
            203.0.113.9 | documentation TEST-NET-3 (203.0.113.0/24)
            224.0.0.1 | multicast (224.0.0.0/4)
            239.255.255.250 | multicast (224.0.0.0/4)
            240.0.0.1 | reserved (240.0.0.0/4)
            255.255.255.254 | reserved (240.0.0.0/4)
            255.255.255.255 | limited broadcast (255.255.255.255/32)
            2606:2800:220:1:248:1893:25c8:1946 | public
            ::ffff:8.8.8.8 | public
            64:ff9b::808:808 | public
            2002:808:808::1 | public
            2001:0:4136:e378:8000:63bf:f7f7:f7f7 | public
            :: | unspecified (::/128)
            ::1 | loopback (::1/128)
            ::ffff:127.0.0.1 | loopback (127.0.0.0/8)
            ::ffff:169.254.169.254 | link-local (169.254.0.0/16)
            ::7f00:1 | deprecated IPv4-compatible (::/96) address of 127.0.0.1, loopback (127.0.0.0/8)
            ::a9fe:a9fe | deprecated IPv4-compatible (::/96) address of 169.254.169.254, link-local (169.254.0.0/16)
            64:ff9b::a9fe:a9fe | NAT64 (64:ff9b::/96) address of 169.254.169.254, link-local (169.254.0.0/16)
            64:ff9b::7f00:1 | NAT64 (64:ff9b::/96) address of 127.0.0.1, loopback (127.0.0.0/8)
            64:ff9b:1::a9fe:a9fe | local-use IPv4/IPv6 translation (64:ff9b:1::/48)
            2002:7f00:1::1 | 6to4 (2002::/16) address of 127.0.0.1, loopback (127.0.0.0/8)
            2002:c612:1::1 | 6to4 (2002::/16) address of 198.18.0.1, benchmarking (198.18.0.0/15)
            2001:0:4136:e378:8000:63bf:80ff:fffe | Teredo (2001::/32) address of 127.0.0.1, loopback (127.0.0.0/8)
            2001:0:a00:1:8000:63bf:f7f7:f7f7 | Teredo (2001::/32) address of 10.0.0.1, private-use (10.0.0.0/8)
            2001:2::1 | IETF protocol assignments (2001::/23)
            2001:db8::1 | documentation (2001:db8::/32)
            3fff::1 | documentation (3fff::/20)
            100::1 | discard-only (100::/64)
            5f00::1 | SRv6 segment identifiers (5f00::/16)
            fc00::1 | unique local (fc00::/7)
            fd12:3456::1 | unique local (fc00::/7)
            fe80::1 | link-local (fe80::/10)
            fec0::1 | deprecated site-local (fec0::/10)
            ff02::1 | multicast (ff00::/8)
            ::ffff:0:7f00:1 | not global unicast (outside 2000::/3)
            4000::1 | not global unicast (outside 2000::/3)
            """)
    void refusesEveryNonPublicAddressFormWithTheReason(String address, String expected) {
        String url = address.contains(":") ? "http://[" + address + "]/hook" : "http://" + address + "/hook";
        if (expected.equals("public")) {
            assertDoesNotThrow(() -> guarded.check(url));
        } else {
            RefusedTargetException refused = assertThrows(RefusedTargetException.class, () -> guarded.check(url));
            assertTrue(refused.getMessage().endsWith(": " + expected + ", not a public address"),
                    refused.getMessage());
        }
    }

    @Test
    void aNameForALoopbackAddressIsRefused() {
        RefusedTargetException refused = assertThrows(RefusedTargetException.class,
                () -> guarded.check("http://localhost:8083/hook"));
        assertTrue(refused.getMessage().startsWith("the host localhost resolves to "), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com/", "file:///etc/passwd", "gopher://93.184.216.34/", "no-scheme",
            "https://user:password@93.184.216.34/", "http:///path-only", ""})
    void refusesOtherSchemesCredentialsAndMalformedUrls(String url) {
        assertThrows(RefusedTargetException.class, () -> guarded.check(url));
    }

    @Test
    void aNameIsRefusedWhenAnyOfItsAddressesIsPrivate() throws UnknownHostException {
        InetAddress[] rebinding = {InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.5")};
        TargetPolicy policy = new TargetPolicy(false, host -> rebinding);
        RefusedTargetException refused = assertThrows(RefusedTargetException.class,
                () -> policy.check("https://hooks.example.com/x"));
        assertEquals("the host hooks.example.com resolves to 10.0.0.5: private-use (10.0.0.0/8), not a public "
                + "address", refused.getMessage());
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
