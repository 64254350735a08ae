package dev.comptoir.notifications.email;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.Variant;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/** Writes an e-mail's subject and its text and HTML parts, in the buyer's language, from the Qute templates. */
@ApplicationScoped
public class EmailRenderer {

    @CheckedTemplate(basePath = "emails")
    static class Templates {
        static native TemplateInstance orderConfirmation(Letter letter, EmailFacts.Confirmation facts);

        static native TemplateInstance orderShipped(Letter letter, EmailFacts.Shipped facts);

        static native TemplateInstance orderDelivered(Letter letter, EmailFacts.Delivered facts);

        static native TemplateInstance returnLabel(Letter letter, EmailFacts.ReturnLabel facts);

        static native TemplateInstance refundIssued(Letter letter, EmailFacts.RefundIssued facts);

        static native TemplateInstance orderCancellation(Letter letter, EmailFacts.Cancellation facts);

        static native TemplateInstance paymentFailed(Letter letter, EmailFacts.PaymentFailed facts);
    }

    /** A written e-mail; {@code html} is null for a text-only one. */
    public record Rendered(String subject, String text, String html) {
    }

    public Rendered render(EmailFacts facts, Letter letter) {
        EmailText text = text(letter);
        String shop = letter.shop();
        if (facts instanceof EmailFacts.Confirmation f) {
            return parts(text.confirmationSubject(shop, f.orderId()), letter,
                    () -> Templates.orderConfirmation(letter, f));
        }
        if (facts instanceof EmailFacts.Shipped f) {
            return parts(text.shippedSubject(shop, f.orderId()), letter,
                    () -> Templates.orderShipped(letter, f));
        }
        if (facts instanceof EmailFacts.Delivered f) {
            return parts(text.deliveredSubject(shop, f.orderId()), letter,
                    () -> Templates.orderDelivered(letter, f));
        }
        if (facts instanceof EmailFacts.ReturnLabel f) {
            return parts(text.returnSubject(shop, f.orderId()), letter,
                    () -> Templates.returnLabel(letter, f));
        }
        if (facts instanceof EmailFacts.RefundIssued f) {
            return parts(text.refundSubject(shop, f.orderId()), letter,
                    () -> Templates.refundIssued(letter, f));
        }
        if (facts instanceof EmailFacts.Cancellation f) {
            return parts(text.cancellationSubject(shop, f.orderId()), letter,
                    () -> Templates.orderCancellation(letter, f));
        }
        if (facts instanceof EmailFacts.PaymentFailed f) {
            return parts(text.paymentFailedSubject(shop, f.orderId()), letter,
                    () -> Templates.paymentFailed(letter, f));
        }
        EmailFacts.MerchantAlert alert = (EmailFacts.MerchantAlert) facts;
        return new Rendered(alert.subject(), alert.text(), null);
    }

    private static Rendered parts(String subject, Letter letter, Supplier<TemplateInstance> template) {
        return new Rendered(subject, variant(template, letter, Variant.TEXT_PLAIN),
                variant(template, letter, Variant.TEXT_HTML));
    }

    private static String variant(Supplier<TemplateInstance> template, Letter letter, String contentType) {
        return template.get().setLocale(letter.language()).setVariant(Variant.forContentType(contentType)).render();
    }

    private static EmailText text(Letter letter) {
        String language = letter.languageTag();
        return language.equals("en") ? MessageBundles.get(EmailText.class)
                : MessageBundles.get(EmailText.class, Localized.Literal.of(language));
    }
}
