package dev.comptoir.notifications.acp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.comptoir.contracts.orders.OrderUpdated;
import dev.comptoir.notifications.webhook.Deliveries;
import dev.comptoir.notifications.webhook.OrderChange;
import dev.comptoir.notifications.webhook.TargetKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * ACP order webhooks to the agent platform that placed the order: {@code order_create} for revision 1,
 * {@code order_update} for every later one, the full ACP order as {@code data}. Queued in the inbox transaction on the
 * shared delivery queue, one per revision; a newer revision supersedes a pending older one (it carries the whole
 * order) and waits for one in flight, so the receiver never gets an older state after a newer one.
 */
@ApplicationScoped
public class AcpOrderWebhooks {
    private final Deliveries deliveries;
    private final AcpEndpoints endpoints;
    private final ObjectMapper objectMapper;

    public AcpOrderWebhooks(Deliveries deliveries, AcpEndpoints endpoints, ObjectMapper objectMapper) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.objectMapper = objectMapper;
    }

    void orderChanged(@Observes OrderChange change) {
        OrderUpdated update = change.update();
        if (endpoints.of(update.agentPlatform()).isEmpty()) {
            return;
        }
        String type = update.revision() == 1 ? "order_create" : "order_update";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("data", update.order());
        deliveries.supersedeOlder(TargetKind.ACP, update.agentPlatform(), update.orderId(), update.revision());
        deliveries.enqueue(TargetKind.ACP, update.agentPlatform(), update.orderId() + "-r" + update.revision(), type,
                update.orderId(), update.revision(), json(body));
    }

    private String json(Map<String, Object> body) {
        try {
            return objectMapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("ACP order webhook cannot be written as JSON", e);
        }
    }
}
