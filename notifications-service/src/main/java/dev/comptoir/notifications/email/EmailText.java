package dev.comptoir.notifications.email;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the customer e-mails, in English; {@code messages/msg_fr.properties} has them in French. */
@MessageBundle(value = "msg", locale = "en")
public interface EmailText {
    @Message("Hello {name},")
    String greeting(String name);

    @Message("The {shop} team")
    String signature(String shop);

    @Message("Any question? Write to {address}.")
    String support(String address);

    @Message("{shop}: your order {orderId} is confirmed")
    String confirmationSubject(String shop, String orderId);

    @Message("Thank you for your order {orderId}. It is confirmed and we are preparing it.")
    String confirmationIntro(String orderId);

    @Message("Total: {amount}")
    String confirmationTotal(String amount);

    @Message("{shop}: your order {orderId} has shipped")
    String shippedSubject(String shop, String orderId);

    @Message("Your parcel is on its way with {carrier}, tracking number {trackingNumber}.")
    String shippedIntro(String carrier, String trackingNumber);

    @Message("Follow your parcel")
    String shippedTrack();

    @Message("{shop}: your order {orderId} was delivered")
    String deliveredSubject(String shop, String orderId);

    @Message("Your parcel has been delivered. We hope you enjoy it.")
    String deliveredParcel();

    @Message("Your download is ready")
    String deliveredDownload();

    @Message("{shop}: your return label for order {orderId}")
    String returnSubject(String shop, String orderId);

    @Message("Your return for order {orderId} is accepted under the number {rmaNumber}.")
    String returnIntro(String orderId, String rmaNumber);

    @Message("Print the prepaid return label, stick it on the parcel and write {rmaNumber} on the box.")
    String returnInstructions(String rmaNumber);

    @Message("Print the return label")
    String returnLabel();

    @Message("{shop}: refund for your order {orderId}")
    String refundSubject(String shop, String orderId);

    @Message("We have refunded {amount} for your order {orderId}. Depending on your bank, it shows on your account within a few business days.")
    String refundIntro(String amount, String orderId);

    @Message("{shop}: your order {orderId} was canceled")
    String cancellationSubject(String shop, String orderId);

    @Message("Your order {orderId} has been canceled.")
    String cancellationIntro(String orderId);

    @Message("You asked us to cancel it.")
    String cancellationOnRequest();

    @Message("An item ran out of stock before we could set it aside for you. We are sorry.")
    String cancellationShortage();

    @Message("We could not confirm the payment and the stock in time.")
    String cancellationDeadline();

    @Message("You are not charged for it: any authorization on your card is released and any amount taken is refunded.")
    String cancellationMoney();

    @Message("{shop}: the payment for your order {orderId} was declined")
    String paymentFailedSubject(String shop, String orderId);

    @Message("Your card payment for order {orderId} was declined, so the order has been canceled and nothing was charged.")
    String paymentFailedIntro(String orderId);

    @Message("Your bank reported insufficient funds on the card.")
    String paymentDeclinedInsufficientFunds();

    @Message("The card has expired.")
    String paymentDeclinedExpiredCard();

    @Message("The card's security code (CVC) did not match.")
    String paymentDeclinedIncorrectCvc();

    @Message("Your bank asked for an extra verification (3-D Secure) that was not completed.")
    String paymentDeclinedAuthentication();

    @Message("You can order again with another card, or ask your bank why it refused the payment.")
    String paymentFailedRetry();
}
