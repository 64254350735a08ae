package dev.comptoir.notifications.email;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.comptoir.contracts.fulfillment.ReturnAuthorized;
import dev.comptoir.contracts.fulfillment.ShipmentDelivered;
import dev.comptoir.contracts.fulfillment.ShipmentShipped;
import dev.comptoir.contracts.orders.Customer;
import dev.comptoir.contracts.orders.OrderCanceled;
import dev.comptoir.contracts.orders.OrderConfirmed;
import dev.comptoir.contracts.orders.OrderPlaced;
import dev.comptoir.contracts.payments.RefundSucceeded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Decides the e-mails and writes them into the e-mail log, in the transaction that consumes their event: one row per
 * business fact (its dedupe key is unique), sent by {@link EmailSender} once that transaction has committed. An event
 * of payments or fulfillment may come before this service has consumed the order's OrderPlaced (another topic): its
 * e-mail waits in the log, and the sender writes it once the buyer is known.
 */
@ApplicationScoped
public class CustomerEmails {
    private static final Logger LOG = Logger.getLogger(CustomerEmails.class);

    private final EmailRenderer renderer;
    private final ObjectMapper objectMapper;
    private final Event<EmailQueued> queued;
    private final String shopName;
    private final String supportEmail;
    private final Optional<String> merchantEmail;

    public CustomerEmails(EmailRenderer renderer, ObjectMapper objectMapper, Event<EmailQueued> queued,
            @ConfigProperty(name = "comptoir.shop.name") String shopName,
            @ConfigProperty(name = "comptoir.shop.support-email") String supportEmail,
            @ConfigProperty(name = "comptoir.shop.merchant-email") Optional<String> merchantEmail) {
        this.renderer = renderer;
        this.objectMapper = objectMapper;
        this.queued = queued;
        this.shopName = shopName;
        this.supportEmail = supportEmail;
        this.merchantEmail = merchantEmail;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void orderPlaced(OrderPlaced order) {
        if (OrderContact.findById(order.orderId()) == null) {
            OrderContact.of(order.orderId(), order.customer().name(), order.customer().email(), order.locale())
                    .persist();
            queued.fire(new EmailQueued(order.orderId()));
        }
    }

    /**
     * Writes one e-mail that waited for its buyer, now known; returns whether there was one. Done apart from the
     * event that made the buyer known, since that event and the waiting e-mail's may be consumed at the same time.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean writeNextWaiting() {
        Optional<EmailMessage> waiting = EmailMessage.nextWaitingWithContact();
        waiting.ifPresent(message -> {
            OrderContact contact = OrderContact.findById(message.orderId);
            write(message, letterTo(contact), contact.email);
        });
        return waiting.isPresent();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void orderConfirmed(OrderConfirmed order) {
        rememberIfUnknown(order.orderId(), order.customer());
        record(EmailRequest.of(order));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void orderCanceled(OrderCanceled order) {
        rememberIfUnknown(order.orderId(), order.customer());
        record(EmailRequest.of(order));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void shipmentShipped(ShipmentShipped shipment) {
        record(EmailRequest.of(shipment));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void shipmentDelivered(ShipmentDelivered shipment) {
        record(EmailRequest.of(shipment));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void returnAuthorized(ReturnAuthorized authorized) {
        record(EmailRequest.of(authorized));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void refundSucceeded(RefundSucceeded refund) {
        record(EmailRequest.of(refund));
    }

    /**
     * E-mails the merchant ({@code comptoir.shop.merchant-email}) once per {@code dedupeKey}, through the same log and
     * retries as the customer e-mails, in the caller's transaction if there is one. Without a merchant address the
     * alert is only logged.
     */
    @Transactional
    public void merchantAlert(String dedupeKey, String subject, String text) {
        if (merchantEmail.isEmpty()) {
            LOG.warnf("Merchant alert not e-mailed (comptoir.shop.merchant-email is not set): %s", subject);
            return;
        }
        EmailRequest request = EmailRequest.merchantAlert(dedupeKey, subject, text);
        if (EmailMessage.exists(request.dedupeKey())) {
            return;
        }
        EmailMessage message = newMessage(request);
        write(message, new Letter(shopName, Letter.DEFAULT_LOCALE, shopName, supportEmail),
                merchantEmail.get());
        message.persist();
    }

    /**
     * OrderPlaced comes first on the order's partition; an order without a contact at its confirmation or cancellation
     * was placed before this service kept contacts, so its buyer is taken from the event, in the shop's language.
     */
    private void rememberIfUnknown(String orderId, Customer customer) {
        if (OrderContact.findById(orderId) == null) {
            OrderContact.of(orderId, customer.name(), customer.email(), null).persist();
        }
    }

    private void record(EmailRequest request) {
        if (EmailMessage.exists(request.dedupeKey())) {
            return;
        }
        EmailMessage message = newMessage(request);
        OrderContact contact = OrderContact.findById(message.orderId);
        if (contact == null) {
            message.status = EmailMessage.Status.WAITING;
        } else {
            write(message, letterTo(contact), contact.email);
        }
        message.persist();
    }

    private EmailMessage newMessage(EmailRequest request) {
        EmailMessage message = new EmailMessage();
        message.id = "em_" + UUID.randomUUID().toString().replace("-", "");
        message.dedupeKey = request.dedupeKey();
        message.orderId = request.facts().orderId();
        message.kind = request.kind();
        message.facts = json(request.facts());
        message.createdAt = OffsetDateTime.now();
        return message;
    }

    private void write(EmailMessage message, Letter letter, String recipient) {
        EmailRenderer.Rendered rendered = renderer.render(facts(message), letter);
        message.locale = letter.locale().toLanguageTag();
        message.recipient = recipient;
        message.subject = rendered.subject();
        message.textBody = rendered.text();
        message.htmlBody = rendered.html();
        message.status = EmailMessage.Status.PENDING;
        message.nextAttemptAt = OffsetDateTime.now();
        queued.fire(new EmailQueued(message.id));
    }

    private Letter letterTo(OrderContact contact) {
        return new Letter(contact.name, Letter.supportedLocale(contact.locale), shopName, supportEmail);
    }

    private String json(EmailFacts facts) {
        try {
            return objectMapper.writeValueAsString(facts);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("E-mail facts cannot be written as JSON: " + facts, e);
        }
    }

    private EmailFacts facts(EmailMessage message) {
        try {
            return objectMapper.readValue(message.facts, message.kind.facts());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("E-mail " + message.id + " has unreadable facts", e);
        }
    }
}
