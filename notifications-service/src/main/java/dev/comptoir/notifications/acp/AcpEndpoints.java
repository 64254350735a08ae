package dev.comptoir.notifications.acp;

import dev.comptoir.notifications.webhook.AttemptResult;
import dev.comptoir.notifications.webhook.DeliveryTarget;
import dev.comptoir.notifications.webhook.OutboundRequest;
import dev.comptoir.notifications.webhook.TargetKind;
import dev.comptoir.notifications.webhook.WebhookDelivery;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.Config;

/**
 * Agent platforms as delivery targets: each platform's order webhook URL and signing secret come from configuration,
 * {@code comptoir.acp-webhooks.<agent platform id>.url} and {@code .secret} (the local platform's from
 * {@code ACP_WEBHOOK_URL} and {@code ACP_WEBHOOK_SECRET}); a platform without both gets no webhooks. Looked up at
 * each attempt, so the secret is never stored.
 */
@ApplicationScoped
public class AcpEndpoints implements DeliveryTarget {
    private final Config config;

    public AcpEndpoints(Config config) {
        this.config = config;
    }

    /** Where an agent platform's order webhooks go, and the secret that signs them. */
    public record Endpoint(String url, String secret) {
    }

    public Optional<Endpoint> of(String agentPlatform) {
        if (agentPlatform == null || !agentPlatform.matches("[A-Za-z0-9_-]+")) {
            return Optional.empty();
        }
        String prefix = "comptoir.acp-webhooks." + agentPlatform + ".";
        Optional<String> url = config.getOptionalValue(prefix + "url", String.class).filter(v -> !v.isBlank());
        Optional<String> secret = config.getOptionalValue(prefix + "secret", String.class).filter(v -> !v.isBlank());
        return url.isPresent() && secret.isPresent() ? Optional.of(new Endpoint(url.get(), secret.get()))
                : Optional.empty();
    }

    @Override
    public TargetKind kind() {
        return TargetKind.ACP;
    }

    @Override
    public Prepared prepare(WebhookDelivery delivery, Instant now) {
        Optional<Endpoint> endpoint = of(delivery.target);
        if (endpoint.isEmpty()) {
            return Prepared.unsendable("no order webhook is configured for agent platform " + delivery.target);
        }
        return Prepared.send(new OutboundRequest(endpoint.get().url(), Map.of(
                "Content-Type", "application/json",
                "Merchant-Signature", MerchantSignature.header(endpoint.get().secret(), now.getEpochSecond(),
                        delivery.body),
                "Request-Id", "req_" + UUID.randomUUID().toString().replace("-", ""),
                "Timestamp", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(now.atOffset(ZoneOffset.UTC))),
                delivery.body));
    }

    @Override
    public void succeeded(WebhookDelivery delivery, AttemptResult result) {
        // An agent platform's endpoint is configuration: nothing to keep about its health.
    }

    @Override
    public void failed(WebhookDelivery delivery, AttemptResult result) {
        // The delivery's own retries and final failure say it all.
    }
}
