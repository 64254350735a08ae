package dev.comptoir.orders.acp;

import dev.comptoir.orders.catalog.CatalogItem;
import dev.comptoir.orders.checkout.Extensions;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The ACP discovery document: what an agent learns about this seller before its first request. Public. */
@Path("/.well-known/acp.json")
@Produces(MediaType.APPLICATION_JSON)
public class DiscoveryResource {
    private final List<String> supportedVersions;
    private final String baseUrl;
    private final List<String> locales;

    public DiscoveryResource(@ConfigProperty(name = "comptoir.acp.supported-versions") List<String> supportedVersions,
            @ConfigProperty(name = "comptoir.shop.base-url") String baseUrl,
            @ConfigProperty(name = "comptoir.shop.locales") List<String> locales) {
        this.supportedVersions = supportedVersions;
        this.baseUrl = baseUrl;
        this.locales = locales;
    }

    @GET
    public Discovery get() {
        return new Discovery(
                new Protocol("acp", supportedVersions.get(supportedVersions.size() - 1), supportedVersions),
                baseUrl, List.of("rest"),
                new Capabilities(List.of("checkout", "orders"),
                        Extensions.declared(baseUrl).stream()
                                .map(extension -> new Extension(extension.name(), extension.spec(), extension.schema()))
                                .toList(),
                        List.of("3ds"), CatalogItem.currencies(), locales));
    }

    public record Discovery(Protocol protocol, String apiBaseUrl, List<String> transports, Capabilities capabilities) {
    }

    public record Protocol(String name, String version, List<String> supportedVersions) {
    }

    public record Capabilities(List<String> services, List<Extension> extensions, List<String> interventionTypes,
            List<String> supportedCurrencies, List<String> supportedLocales) {
    }

    public record Extension(String name, String spec, String schema) {
    }
}
