package dev.comptoir.notifications.deadletter;

import dev.comptoir.notifications.email.CustomerEmails;
import dev.comptoir.notifications.webhook.MerchantWebhooks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tells the merchant that a record was dead-lettered: a {@code dead_letter.recorded} webhook event and an e-mail,
 * queued in the transaction that records it.
 */
@ApplicationScoped
public class DeadLetterAlert {
    private static final int SUBJECT_PART = 100;

    private final MerchantWebhooks webhooks;
    private final CustomerEmails emails;

    public DeadLetterAlert(MerchantWebhooks webhooks, CustomerEmails emails) {
        this.webhooks = webhooks;
        this.emails = emails;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void recorded(DeadLetter letter) {
        Map<String, Object> data = new LinkedHashMap<>();
        DeadLetterView view = DeadLetterView.of(letter);
        data.put("dead_letter_id", view.id());
        data.put("topic", view.topic());
        data.put("partition", view.partition());
        data.put("offset", view.offset());
        data.put("consumer", view.consumer());
        data.put("event_type", view.eventType());
        data.put("event_id", view.eventId());
        data.put("subject", view.subject());
        data.put("reason", view.reason());
        data.put("cause", view.cause());
        data.put("dead_lettered_at", view.deadLetteredAt());
        data.values().removeIf(value -> value == null);
        webhooks.deadLetterRecorded(data);

        String event = letter.eventType == null ? "a record without an event type" : letter.eventType;
        emails.merchantAlert("dead-letter:" + letter.id,
                "Event not processed: " + shorten(event) + " by " + shorten(letter.consumer),
                "The " + letter.consumer + " service could not process " + event + " " + orDash(letter.eventId)
                        + " (subject " + orDash(letter.subject) + ") from " + letter.topic + ", partition "
                        + orDash(letter.partition) + ", offset " + orDash(letter.offset) + ", and parked it on "
                        + letter.deadLetterTopic + " at " + letter.deadLetteredAt + ".\n\n"
                        + "Error: " + orDash(letter.reason) + (letter.cause == null ? "" : "\nCause: " + letter.cause)
                        + "\n\nUntil it is processed, what this event should have done (an e-mail, a webhook, a state "
                        + "change) has not happened. Once the cause is fixed, publish it again: "
                        + "POST /dead-letters/" + letter.id + "/replay (GET /dead-letters lists them all).");
    }

    private static String shorten(String text) {
        return text.length() <= SUBJECT_PART ? text : text.substring(0, SUBJECT_PART) + "…";
    }

    private static String orDash(Object value) {
        return value == null ? "-" : value.toString();
    }
}
