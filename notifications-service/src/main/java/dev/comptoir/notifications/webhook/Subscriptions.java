package dev.comptoir.notifications.webhook;

import dev.comptoir.platform.errors.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Creates, changes and deletes merchant subscriptions; checks their URL and event types; rotates their secret. */
@ApplicationScoped
public class Subscriptions {
    static final Duration DEFAULT_OVERLAP = Duration.ofDays(1);
    static final Duration MAX_OVERLAP = Duration.ofDays(7);
    private static final int MAX_DESCRIPTION = 500;

    private final SecretCipher cipher;
    private final TargetPolicy policy;

    public Subscriptions(SecretCipher cipher,
            @ConfigProperty(name = "comptoir.webhooks.allow-private-targets") boolean allowPrivateTargets) {
        this.cipher = cipher;
        this.policy = new TargetPolicy(allowPrivateTargets);
    }

    @Transactional
    public SubscriptionView create(SubscriptionRequest request) {
        if (request == null) {
            throw ApiException.badRequest("missing", "A JSON body with url and events is required.", null);
        }
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.id = "whsub_" + UUID.randomUUID().toString().replace("-", "");
        subscription.url = checkedUrl(request.url());
        subscription.events = String.join(",", checkedEvents(request.events()));
        subscription.description = checkedDescription(request.description());
        subscription.enabled = request.enabled() == null || request.enabled();
        String secret = StandardWebhookSignature.newSecret();
        subscription.secret = cipher.encrypt(secret);
        subscription.createdAt = now();
        subscription.updatedAt = subscription.createdAt;
        subscription.persist();
        return SubscriptionView.withSecret(subscription, secret);
    }

    @Transactional
    public SubscriptionView update(String id, SubscriptionRequest request) {
        WebhookSubscription subscription = find(id);
        if (request == null) {
            return SubscriptionView.of(subscription);
        }
        if (request.url() != null) {
            subscription.url = checkedUrl(request.url());
        }
        if (request.events() != null) {
            subscription.events = String.join(",", checkedEvents(request.events()));
        }
        if (request.description() != null) {
            subscription.description = checkedDescription(request.description());
        }
        if (request.enabled() != null && request.enabled() != subscription.enabled) {
            subscription.enabled = request.enabled();
            subscription.failingSince = null;
            subscription.disabledReason = request.enabled() ? null : "disabled by the merchant";
            subscription.disabledAt = request.enabled() ? null : now();
        }
        subscription.updatedAt = now();
        return SubscriptionView.of(subscription);
    }

    @Transactional
    public RotatedSecret rotateSecret(String id, RotateSecretRequest request) {
        WebhookSubscription subscription = find(id);
        Duration overlap = request == null || request.overlapSeconds() == null ? DEFAULT_OVERLAP
                : Duration.ofSeconds(request.overlapSeconds());
        if (overlap.isNegative() || overlap.compareTo(MAX_OVERLAP) > 0) {
            throw ApiException.badRequest("invalid", "overlap_seconds is between 0 and " + MAX_OVERLAP.toSeconds(),
                    "$.overlap_seconds");
        }
        String secret = StandardWebhookSignature.newSecret();
        subscription.previousSecret = overlap.isZero() ? null : subscription.secret;
        subscription.previousSecretExpiresAt = overlap.isZero() ? null : now().plus(overlap);
        subscription.secret = cipher.encrypt(secret);
        subscription.updatedAt = now();
        return new RotatedSecret(subscription.id, secret, subscription.previousSecretExpiresAt);
    }

    @Transactional
    public void delete(String id) {
        WebhookSubscription subscription = find(id);
        // Their attempts go with them (on delete cascade).
        WebhookDelivery.delete("targetKind = ?1 and target = ?2", TargetKind.MERCHANT, id);
        subscription.delete();
    }

    public static WebhookSubscription find(String id) {
        WebhookSubscription subscription = WebhookSubscription.findById(id);
        if (subscription == null) {
            throw ApiException.notFound("Subscription " + id);
        }
        return subscription;
    }

    private String checkedUrl(String url) {
        try {
            return policy.check(url).toString();
        } catch (RefusedTargetException e) {
            throw ApiException.badRequest("invalid_url", "The webhook URL is refused: " + e.getMessage() + ".",
                    "$.url");
        }
    }

    static Set<String> checkedEvents(List<String> events) {
        if (events == null || events.isEmpty()) {
            throw ApiException.badRequest("missing", "events lists the event types to receive, or [\"*\"] for all.",
                    "$.events");
        }
        Set<String> checked = new LinkedHashSet<>();
        for (int i = 0; i < events.size(); i++) {
            String event = events.get(i);
            if (event == null || !(event.equals(MerchantEventType.ALL) || MerchantEventType.of(event).isPresent())) {
                throw ApiException.badRequest("unknown_event_type", "Unknown event type " + event
                        + "; known: * or one of " + List.of(MerchantEventType.values()).stream()
                                .map(MerchantEventType::wireName).toList(), "$.events[" + i + "]");
            }
            checked.add(event);
        }
        return checked;
    }

    private static String checkedDescription(String description) {
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw ApiException.badRequest("invalid", "description is at most " + MAX_DESCRIPTION + " characters",
                    "$.description");
        }
        return description;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
