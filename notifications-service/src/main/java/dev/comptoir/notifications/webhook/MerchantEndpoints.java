package dev.comptoir.notifications.webhook;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Merchant subscriptions as delivery targets: Standard Webhooks headers and signatures (both secrets during a
 * rotation's overlap), and the endpoint's health: a 410 Gone, or failing without a single success for
 * {@code comptoir.webhooks.disable-after}, disables it and fires {@link WebhookEndpointDisabled}.
 */
@ApplicationScoped
public class MerchantEndpoints implements DeliveryTarget {
    private static final Logger LOG = Logger.getLogger(MerchantEndpoints.class);

    private final SecretCipher cipher;
    private final Event<WebhookEndpointDisabled> disabledEvents;
    private final MeterRegistry metrics;
    private final Duration disableAfter;

    public MerchantEndpoints(SecretCipher cipher, Event<WebhookEndpointDisabled> disabledEvents,
            MeterRegistry metrics, @ConfigProperty(name = "comptoir.webhooks.disable-after") Duration disableAfter) {
        this.cipher = cipher;
        this.disabledEvents = disabledEvents;
        this.metrics = metrics;
        this.disableAfter = disableAfter;
    }

    @Override
    public TargetKind kind() {
        return TargetKind.MERCHANT;
    }

    @Override
    public Prepared prepare(WebhookDelivery delivery, Instant now) {
        WebhookSubscription subscription = WebhookSubscription.findById(delivery.target);
        if (subscription == null) {
            return Prepared.unsendable("the subscription no longer exists");
        }
        long timestamp = now.getEpochSecond();
        String signature = StandardWebhookSignature.header(signingSecrets(subscription, now), delivery.eventId,
                timestamp, delivery.body);
        return Prepared.send(new OutboundRequest(subscription.url, Map.of(
                "Content-Type", "application/json",
                "webhook-id", delivery.eventId,
                "webhook-timestamp", Long.toString(timestamp),
                "webhook-signature", signature), delivery.body));
    }

    private List<String> signingSecrets(WebhookSubscription subscription, Instant now) {
        List<String> secrets = new ArrayList<>();
        secrets.add(cipher.decrypt(subscription.secret));
        if (subscription.previousSecret != null && subscription.previousSecretExpiresAt != null
                && subscription.previousSecretExpiresAt.toInstant().isAfter(now)) {
            secrets.add(cipher.decrypt(subscription.previousSecret));
        }
        return secrets;
    }

    @Override
    public void succeeded(WebhookDelivery delivery, AttemptResult result) {
        WebhookSubscription subscription = WebhookSubscription.findById(delivery.target);
        if (subscription != null) {
            subscription.failingSince = null;
        }
    }

    @Override
    public void failed(WebhookDelivery delivery, AttemptResult result) {
        WebhookSubscription subscription = WebhookSubscription.findById(delivery.target);
        if (subscription == null || !subscription.enabled) {
            return;
        }
        OffsetDateTime attemptedAt = result.attemptedAt().atOffset(ZoneOffset.UTC);
        if (subscription.failingSince == null) {
            subscription.failingSince = attemptedAt;
        }
        if (result.gone()) {
            disable(subscription, "gone", "the endpoint answered 410 Gone", attemptedAt);
        } else if (!subscription.failingSince.plus(disableAfter).isAfter(attemptedAt)) {
            disable(subscription, "failing", "every delivery failed since " + subscription.failingSince
                    + " (last: " + Deliveries.describe(result) + ")", attemptedAt);
        }
    }

    private void disable(WebhookSubscription subscription, String cause, String reason, OffsetDateTime at) {
        subscription.enabled = false;
        subscription.disabledReason = reason;
        subscription.disabledAt = at;
        subscription.failingSince = null;
        subscription.updatedAt = at;
        LOG.warnf("Webhook subscription %s disabled: %s", subscription.id, reason);
        metrics.counter("comptoir.webhooks.endpoints.disabled", "cause", cause).increment();
        disabledEvents.fire(new WebhookEndpointDisabled(subscription.id, subscription.url, reason, at));
    }
}
