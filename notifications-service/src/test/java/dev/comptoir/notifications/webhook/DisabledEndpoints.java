package dev.comptoir.notifications.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Collects the {@link WebhookEndpointDisabled} events, as the merchant alert will receive them. */
@ApplicationScoped
public class DisabledEndpoints {
    private final List<WebhookEndpointDisabled> events = new CopyOnWriteArrayList<>();

    void on(@Observes WebhookEndpointDisabled event) {
        events.add(event);
    }

    public List<WebhookEndpointDisabled> events() {
        return List.copyOf(events);
    }
}
