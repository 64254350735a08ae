package dev.comptoir.notifications.webhook;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * The address blocks a webhook must not reach, after the IANA IPv4 and IPv6 Special-Purpose Address Registries (plus
 * multicast and broadcast), and why. Block names carry the block. An IPv6 address that carries an IPv4 address
 * (IPv4-mapped, IPv4-compatible, NAT64, 6to4, Teredo) is judged by that IPv4 address too: a client or a gateway on the
 * path may deliver to it. Other IPv6 addresses must be global unicast (2000::/3).
 */
final class SpecialAddresses {
    private record Block(byte[] prefix, int bits, String name) {
        static Block of(String cidr, String what) {
            int slash = cidr.indexOf('/');
            try {
                return new Block(InetAddress.getByName(cidr.substring(0, slash)).getAddress(),
                        Integer.parseInt(cidr.substring(slash + 1)), what + " (" + cidr + ")");
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException(cidr, e);
            }
        }

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (prefix[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** First match wins: a narrower block comes before the block that holds it. */
    private static final List<Block> IPV4 = List.of(
            Block.of("0.0.0.0/8", "this network"),
            Block.of("10.0.0.0/8", "private-use"),
            Block.of("100.64.0.0/10", "carrier-grade NAT shared address space"),
            Block.of("127.0.0.0/8", "loopback"),
            Block.of("169.254.0.0/16", "link-local"),
            Block.of("172.16.0.0/12", "private-use"),
            Block.of("192.0.0.0/24", "IETF protocol assignments"),
            Block.of("192.0.2.0/24", "documentation TEST-NET-1"),
            Block.of("192.88.99.0/24", "deprecated 6to4 relay anycast"),
            Block.of("192.168.0.0/16", "private-use"),
            Block.of("198.18.0.0/15", "benchmarking"),
            Block.of("198.51.100.0/24", "documentation TEST-NET-2"),
            Block.of("203.0.113.0/24", "documentation TEST-NET-3"),
            Block.of("224.0.0.0/4", "multicast"),
            Block.of("255.255.255.255/32", "limited broadcast"),
            Block.of("240.0.0.0/4", "reserved"));

    private static final List<Block> IPV6 = List.of(
            Block.of("::/128", "unspecified"),
            Block.of("::1/128", "loopback"),
            Block.of("64:ff9b:1::/48", "local-use IPv4/IPv6 translation"),
            Block.of("100::/64", "discard-only"),
            Block.of("100:0:0:1::/64", "dummy IPv6 prefix"),
            Block.of("2001:db8::/32", "documentation"),
            Block.of("3fff::/20", "documentation"),
            Block.of("5f00::/16", "SRv6 segment identifiers"),
            Block.of("fc00::/7", "unique local"),
            Block.of("fe80::/10", "link-local"),
            Block.of("fec0::/10", "deprecated site-local"),
            Block.of("ff00::/8", "multicast"));

    private static final Block MAPPED = Block.of("::ffff:0:0/96", "IPv4-mapped");
    private static final Block COMPATIBLE = Block.of("::/96", "deprecated IPv4-compatible");
    private static final Block NAT64 = Block.of("64:ff9b::/96", "NAT64");
    private static final Block SIX_TO_FOUR = Block.of("2002::/16", "6to4");
    private static final Block TEREDO = Block.of("2001::/32", "Teredo");
    private static final Block IETF_PROTOCOL_ASSIGNMENTS = Block.of("2001::/23", "IETF protocol assignments");
    private static final Block GLOBAL_UNICAST = Block.of("2000::/3", "global unicast");

    private SpecialAddresses() {
    }

    /** Why the address is not a public one, or empty if it is. */
    static Optional<String> whyNotPublic(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return first(IPV4, bytes);
        }
        Optional<String> special = first(IPV6, bytes);
        if (special.isPresent()) {
            return special;
        }
        for (Block wrapper : List.of(MAPPED, COMPATIBLE, NAT64)) {
            if (wrapper.contains(bytes)) {
                return embedded(wrapper, ipv4(bytes, 12, 0));
            }
        }
        if (SIX_TO_FOUR.contains(bytes)) {
            return embedded(SIX_TO_FOUR, ipv4(bytes, 2, 0));
        }
        if (TEREDO.contains(bytes)) {
            // The Teredo server's address in clear, the client's (the one packets go to) with every bit inverted.
            return embedded(TEREDO, ipv4(bytes, 4, 0)).or(() -> embedded(TEREDO, ipv4(bytes, 12, 0xFF)));
        }
        if (IETF_PROTOCOL_ASSIGNMENTS.contains(bytes)) {
            return Optional.of(IETF_PROTOCOL_ASSIGNMENTS.name());
        }
        if (!GLOBAL_UNICAST.contains(bytes)) {
            return Optional.of("not global unicast (outside 2000::/3)");
        }
        return Optional.empty();
    }

    private static Optional<String> first(List<Block> blocks, byte[] address) {
        return blocks.stream().filter(block -> block.contains(address)).findFirst().map(Block::name);
    }

    private static Optional<String> embedded(Block wrapper, byte[] ipv4) {
        return first(IPV4, ipv4).map(reason -> wrapper.name() + " address of " + dotted(ipv4) + ", " + reason);
    }

    private static byte[] ipv4(byte[] ipv6, int from, int xor) {
        byte[] ipv4 = new byte[4];
        for (int i = 0; i < 4; i++) {
            ipv4[i] = (byte) (ipv6[from + i] ^ xor);
        }
        return ipv4;
    }

    private static String dotted(byte[] ipv4) {
        return (ipv4[0] & 0xFF) + "." + (ipv4[1] & 0xFF) + "." + (ipv4[2] & 0xFF) + "." + (ipv4[3] & 0xFF);
    }
}
