package dev.comptoir.notifications.email;

import dev.comptoir.notifications.webhook.WebhookEndpointDisabled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Tells the merchant, by e-mail, that one of their webhook endpoints no longer receives events, and why. */
@ApplicationScoped
public class DisabledEndpointAlert {
    private final CustomerEmails emails;

    public DisabledEndpointAlert(CustomerEmails emails) {
        this.emails = emails;
    }

    void on(@Observes WebhookEndpointDisabled disabled) {
        emails.merchantAlert("webhook-disabled:" + disabled.subscriptionId() + ":" + disabled.disabledAt().toEpochSecond(),
                "Webhook endpoint disabled: " + disabled.url(),
                "Your webhook subscription " + disabled.subscriptionId() + " (" + disabled.url() + ") was disabled on "
                        + disabled.disabledAt() + ": " + disabled.reason() + ".\n\n"
                        + "Events are no longer sent to it. Fix the endpoint, then enable the subscription again "
                        + "(PATCH /webhooks/subscriptions/" + disabled.subscriptionId() + " {\"enabled\": true}); "
                        + "deliveries that waited are sent then, and failed ones can be resent "
                        + "(POST /webhooks/deliveries/{id}/retry).");
    }
}
