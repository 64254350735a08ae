package dev.comptoir.notifications.webhook;

import java.util.Arrays;
import java.util.Optional;

/** The merchant webhook event catalog; README "Merchant webhooks" documents each payload. */
public enum MerchantEventType {
    ORDER_CREATED("order.created"),
    ORDER_CONFIRMED("order.confirmed"),
    ORDER_CANCELED("order.canceled"),
    ORDER_SHIPPED("order.shipped"),
    ORDER_DELIVERED("order.delivered"),
    ORDER_COMPLETED("order.completed"),
    RETURN_REQUESTED("return.requested"),
    RETURN_RECEIVED("return.received"),
    REFUND_SUCCEEDED("refund.succeeded"),
    REFUND_FAILED("refund.failed"),
    PAYMENT_FAILED("payment.failed"),
    DISPUTE_OPENED("dispute.opened"),
    DEAD_LETTER_RECORDED("dead_letter.recorded");

    /** Subscribes to every event type, including those added later. */
    public static final String ALL = "*";

    private final String wireName;

    MerchantEventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<MerchantEventType> of(String wireName) {
        return Arrays.stream(values()).filter(type -> type.wireName.equals(wireName)).findFirst();
    }
}
