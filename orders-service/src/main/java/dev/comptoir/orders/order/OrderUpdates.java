package dev.comptoir.orders.order;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.comptoir.contracts.Events;
import dev.comptoir.contracts.orders.Customer;
import dev.comptoir.contracts.orders.OrderUpdated;
import dev.comptoir.platform.outbox.Outbox;
import dev.comptoir.platform.text.Sha256;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Publishes {@code OrderUpdated} when what the ACP order shows has changed, in the transaction of the change. Called
 * where orders change (placement, saga events, cancel and return requests); comparing the snapshot's digest with the
 * last one published makes a call that changed nothing visible publish nothing.
 */
@ApplicationScoped
public class OrderUpdates {
    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private final Outbox outbox;
    private final ObjectMapper objectMapper;
    private final String baseUrl;

    public OrderUpdates(Outbox outbox, ObjectMapper objectMapper,
            @ConfigProperty(name = "comptoir.shop.base-url") String baseUrl) {
        this.outbox = outbox;
        this.objectMapper = objectMapper;
        this.baseUrl = baseUrl;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publishIfChanged(String orderId) {
        Order.lockForUpdate(orderId).ifPresent(this::publishIfChanged);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publishIfChanged(Order order) {
        Map<String, Object> snapshot = objectMapper.convertValue(OrderView.of(order, baseUrl), JSON_OBJECT);
        String digest = digest(snapshot);
        if (digest.equals(order.publishedDigest)) {
            return;
        }
        order.revision++;
        order.publishedDigest = digest;
        String cause = OrderStep.latest(order.id).map(step -> step.step).orElse(null);
        outbox.append(Events.ORDER_UPDATED, new OrderUpdated(order.id, order.checkoutSessionId, order.agentId,
                order.revision, order.status.acpName(), cause, OffsetDateTime.now(), order.currency,
                new Customer(order.customerName, order.customerEmail), order.locale, snapshot));
    }

    private String digest(Map<String, Object> snapshot) {
        try {
            return Sha256.hex(objectMapper.writeValueAsString(snapshot));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
