package dev.comptoir.notifications.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Where webhooks may go (the SSRF guard): http or https URLs whose host resolves only to public addresses. Loopback,
 * private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local (169.254/16 with the cloud metadata address,
 * fe80::/10), "this network" (0/8, ::), CGNAT (100.64/10), multicast and broadcast addresses are refused, unless
 * private targets are allowed (the local stack and tests). Every address the name resolves to must pass: a client
 * may connect to any of them.
 */
public final class TargetPolicy {
    private static final int MAX_URL_LENGTH = 2048;

    /** Resolves a host name to its addresses; the JDK resolver outside tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivate;
    private final Resolver resolver;

    public TargetPolicy(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    public TargetPolicy(boolean allowPrivate) {
        this(allowPrivate, InetAddress::getAllByName);
    }

    /** The URL, parsed, if its form is acceptable (scheme, host, no credentials); does not resolve the host. */
    public static URI parse(String url) {
        if (url == null || url.isBlank()) {
            throw new RefusedTargetException("a URL is required");
        }
        if (url.length() > MAX_URL_LENGTH) {
            throw new RefusedTargetException("the URL is longer than " + MAX_URL_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new RefusedTargetException("not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new RefusedTargetException("only http and https URLs are allowed");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new RefusedTargetException("the URL has no host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new RefusedTargetException("credentials in the URL are not allowed");
        }
        return uri;
    }

    /** Checks the URL's form and every address its host resolves to now; throws with the reason if refused. */
    public URI check(String url) {
        URI uri = parse(url);
        if (allowPrivate) {
            return uri;
        }
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new RefusedTargetException("the host " + host + " does not resolve");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                throw new RefusedTargetException("the host " + host + " resolves to " + address.getHostAddress()
                        + ", a loopback, private, link-local or otherwise non-public address");
            }
        }
        return uri;
    }

    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xFF;
            int second = bytes[1] & 0xFF;
            boolean thisNetwork = first == 0;
            boolean carrierGradeNat = first == 100 && (second & 0xC0) == 64;
            boolean broadcast = first == 255;
            return !(thisNetwork || carrierGradeNat || broadcast);
        }
        if (address instanceof Inet6Address) {
            boolean uniqueLocal = (bytes[0] & 0xFE) == 0xFC;
            return !uniqueLocal;
        }
        return false;
    }
}
