package dev.comptoir.payments.stripe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.net.Webhook;
import dev.comptoir.platform.errors.ApiError;
import dev.comptoir.platform.errors.ApiException;
import dev.comptoir.platform.errors.JsonBody;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stripe's notifications. Authenticated by {@code Stripe-Signature} (HMAC-SHA256 of the raw body with the endpoint's
 * secret, at most {@value #TOLERANCE_SECONDS} s old), not by a bearer token; each event applies once.
 */
@Path("/stripe/webhooks")
public class StripeWebhookResource {
    private static final long TOLERANCE_SECONDS = 300;

    private final StripeNotifications notifications;
    private final ObjectMapper objectMapper;
    private final Optional<String> secret;

    public StripeWebhookResource(StripeNotifications notifications, ObjectMapper objectMapper,
            @ConfigProperty(name = "comptoir.payments.stripe.webhook-secret") Optional<String> secret) {
        this.notifications = notifications;
        this.objectMapper = objectMapper;
        this.secret = secret;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> receive(@HeaderParam("Stripe-Signature") String signature, String body) {
        if (secret.isEmpty()) {
            // Stripe retries for days: nothing is lost while an operator sets the secret.
            throw new ApiException(503, new ApiError("service_unavailable", "webhooks_not_configured",
                    "comptoir.payments.stripe.webhook-secret is not set", null));
        }
        if (signature == null || body == null) {
            throw new ApiException(400, ApiError.invalidRequest("invalid_signature",
                    "A signed body (Stripe-Signature) is required", "Stripe-Signature"));
        }
        try {
            Webhook.Signature.verifyHeader(body, signature, secret.get(), TOLERANCE_SECONDS);
        } catch (SignatureVerificationException e) {
            throw new ApiException(400, ApiError.invalidRequest("invalid_signature",
                    "The Stripe-Signature does not verify (wrong secret, altered body, or older than "
                            + TOLERANCE_SECONDS + " s)", "Stripe-Signature"));
        }
        JsonNode event = JsonBody.read(objectMapper, body, JsonNode.class);
        return Map.of("received", true, "applied", notifications.apply(event));
    }
}
