package dev.comptoir.notifications.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where webhooks may go (the SSRF guard): http or https URLs whose host resolves only to public addresses (see
 * {@link SpecialAddresses} for what is not), unless private targets are allowed (the local stack and tests). Every
 * address the name resolves to must pass: a client may connect to any of them.
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
            Optional<String> notPublic = SpecialAddresses.whyNotPublic(address);
            if (notPublic.isPresent()) {
                throw new RefusedTargetException("the host " + host + " resolves to " + address.getHostAddress()
                        + ": " + notPublic.get() + ", not a public address");
            }
        }
        return uri;
    }
}
