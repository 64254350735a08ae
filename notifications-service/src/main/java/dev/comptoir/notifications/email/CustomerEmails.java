package dev.comptoir.notifications.email;

import dev.comptoir.contracts.orders.OrderCanceled;
import dev.comptoir.contracts.orders.OrderConfirmed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the customer's e-mails. Sending is recording in the e-mail log for now (no mail server yet); each order gets
 * each kind of e-mail at most once.
 */
@ApplicationScoped
public class CustomerEmails {
    private final EmailTemplates templates;

    public CustomerEmails(@ConfigProperty(name = "comptoir.shop.name") String shopName) {
        this.templates = new EmailTemplates(shopName);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void orderConfirmed(OrderConfirmed order) {
        send(order.orderId(), EmailKind.ORDER_CONFIRMATION, templates.confirmation(order));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void orderCanceled(OrderCanceled order) {
        send(order.orderId(), EmailKind.ORDER_CANCELLATION, templates.cancellation(order));
    }

    private void send(String orderId, EmailKind kind, Email email) {
        if (EmailMessage.exists(orderId, kind)) {
            return;
        }
        EmailMessage message = new EmailMessage();
        message.id = "em_" + UUID.randomUUID().toString().replace("-", "");
        message.orderId = orderId;
        message.kind = kind;
        message.recipient = email.recipient();
        message.subject = email.subject();
        message.body = email.body();
        message.createdAt = OffsetDateTime.now();
        message.persist();
    }
}
