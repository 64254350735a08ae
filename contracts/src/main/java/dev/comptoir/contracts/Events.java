package dev.comptoir.contracts;

import dev.comptoir.contracts.fulfillment.InventoryLevelChanged;
import dev.comptoir.contracts.fulfillment.InventoryReleased;
import dev.comptoir.contracts.fulfillment.InventoryReserved;
import dev.comptoir.contracts.fulfillment.InventoryShortage;
import dev.comptoir.contracts.fulfillment.ReturnAuthorized;
import dev.comptoir.contracts.fulfillment.ReturnReceived;
import dev.comptoir.contracts.fulfillment.ReturnRejected;
import dev.comptoir.contracts.fulfillment.ShipmentCreated;
import dev.comptoir.contracts.fulfillment.ShipmentDelivered;
import dev.comptoir.contracts.fulfillment.ShipmentShipped;
import dev.comptoir.contracts.orders.AuthorizePayment;
import dev.comptoir.contracts.orders.OrderCanceled;
import dev.comptoir.contracts.orders.OrderConfirmed;
import dev.comptoir.contracts.orders.OrderPlaced;
import dev.comptoir.contracts.orders.OrderUpdated;
import dev.comptoir.contracts.orders.RefundRequested;
import dev.comptoir.contracts.orders.ReturnRequested;
import dev.comptoir.contracts.payments.DisputeOpened;
import dev.comptoir.contracts.payments.PaymentAuthorized;
import dev.comptoir.contracts.payments.PaymentCaptured;
import dev.comptoir.contracts.payments.PaymentFailed;
import dev.comptoir.contracts.payments.PaymentVoided;
import dev.comptoir.contracts.payments.RefundFailed;
import dev.comptoir.contracts.payments.RefundSucceeded;
import java.util.List;
import java.util.Optional;

/** Every event type of the system, with its topic (commands to a service are events of its topic too). */
public final class Events {
    public static final EventType<OrderPlaced> ORDER_PLACED =
            new EventType<>(Topics.ORDERS, "dev.comptoir.orders.OrderPlaced.v1", OrderPlaced.class);
    public static final EventType<OrderConfirmed> ORDER_CONFIRMED =
            new EventType<>(Topics.ORDERS, "dev.comptoir.orders.OrderConfirmed.v1", OrderConfirmed.class);
    public static final EventType<OrderCanceled> ORDER_CANCELED =
            new EventType<>(Topics.ORDERS, "dev.comptoir.orders.OrderCanceled.v1", OrderCanceled.class);
    public static final EventType<OrderUpdated> ORDER_UPDATED =
            new EventType<>(Topics.ORDERS, "dev.comptoir.orders.OrderUpdated.v1", OrderUpdated.class);

    public static final EventType<AuthorizePayment> AUTHORIZE_PAYMENT = new EventType<>(Topics.PAYMENT_COMMANDS,
            "dev.comptoir.orders.AuthorizePayment.v1", AuthorizePayment.class);

    public static final EventType<RefundRequested> REFUND_REQUESTED =
            new EventType<>(Topics.ORDERS, "dev.comptoir.orders.RefundRequested.v1", RefundRequested.class);

    public static final EventType<ReturnRequested> RETURN_REQUESTED =
            new EventType<>(Topics.ORDERS, "dev.comptoir.orders.ReturnRequested.v1", ReturnRequested.class);

    public static final EventType<PaymentAuthorized> PAYMENT_AUTHORIZED =
            new EventType<>(Topics.PAYMENTS, "dev.comptoir.payments.PaymentAuthorized.v1", PaymentAuthorized.class);
    public static final EventType<PaymentFailed> PAYMENT_FAILED =
            new EventType<>(Topics.PAYMENTS, "dev.comptoir.payments.PaymentFailed.v1", PaymentFailed.class);
    public static final EventType<PaymentVoided> PAYMENT_VOIDED =
            new EventType<>(Topics.PAYMENTS, "dev.comptoir.payments.PaymentVoided.v1", PaymentVoided.class);

    public static final EventType<PaymentCaptured> PAYMENT_CAPTURED =
            new EventType<>(Topics.PAYMENTS, "dev.comptoir.payments.PaymentCaptured.v1", PaymentCaptured.class);
    public static final EventType<RefundSucceeded> REFUND_SUCCEEDED =
            new EventType<>(Topics.PAYMENTS, "dev.comptoir.payments.RefundSucceeded.v1", RefundSucceeded.class);
    public static final EventType<RefundFailed> REFUND_FAILED =
            new EventType<>(Topics.PAYMENTS, "dev.comptoir.payments.RefundFailed.v1", RefundFailed.class);
    public static final EventType<DisputeOpened> DISPUTE_OPENED =
            new EventType<>(Topics.PAYMENTS, "dev.comptoir.payments.DisputeOpened.v1", DisputeOpened.class);

    public static final EventType<InventoryReserved> INVENTORY_RESERVED =
            new EventType<>(Topics.FULFILLMENT, "dev.comptoir.fulfillment.InventoryReserved.v1", InventoryReserved.class);
    public static final EventType<InventoryShortage> INVENTORY_SHORTAGE =
            new EventType<>(Topics.FULFILLMENT, "dev.comptoir.fulfillment.InventoryShortage.v1", InventoryShortage.class);
    public static final EventType<InventoryReleased> INVENTORY_RELEASED =
            new EventType<>(Topics.FULFILLMENT, "dev.comptoir.fulfillment.InventoryReleased.v1", InventoryReleased.class);

    public static final EventType<InventoryLevelChanged> INVENTORY_LEVEL_CHANGED =
            new EventType<>(Topics.INVENTORY, "dev.comptoir.fulfillment.InventoryLevelChanged.v1",
                    InventoryLevelChanged.class);

    public static final EventType<ShipmentCreated> SHIPMENT_CREATED =
            new EventType<>(Topics.FULFILLMENT, "dev.comptoir.fulfillment.ShipmentCreated.v1", ShipmentCreated.class);
    public static final EventType<ShipmentShipped> SHIPMENT_SHIPPED =
            new EventType<>(Topics.FULFILLMENT, "dev.comptoir.fulfillment.ShipmentShipped.v1", ShipmentShipped.class);
    public static final EventType<ShipmentDelivered> SHIPMENT_DELIVERED =
            new EventType<>(Topics.FULFILLMENT, "dev.comptoir.fulfillment.ShipmentDelivered.v1",
                    ShipmentDelivered.class);
    public static final EventType<ReturnAuthorized> RETURN_AUTHORIZED =
            new EventType<>(Topics.FULFILLMENT, "dev.comptoir.fulfillment.ReturnAuthorized.v1", ReturnAuthorized.class);
    public static final EventType<ReturnRejected> RETURN_REJECTED =
            new EventType<>(Topics.FULFILLMENT, "dev.comptoir.fulfillment.ReturnRejected.v1", ReturnRejected.class);
    public static final EventType<ReturnReceived> RETURN_RECEIVED =
            new EventType<>(Topics.FULFILLMENT, "dev.comptoir.fulfillment.ReturnReceived.v1", ReturnReceived.class);

    public static final List<EventType<?>> ALL = List.of(ORDER_PLACED, ORDER_CONFIRMED, ORDER_CANCELED, ORDER_UPDATED,
            AUTHORIZE_PAYMENT, REFUND_REQUESTED, RETURN_REQUESTED, PAYMENT_AUTHORIZED, PAYMENT_FAILED, PAYMENT_VOIDED,
            PAYMENT_CAPTURED, REFUND_SUCCEEDED, REFUND_FAILED, DISPUTE_OPENED, INVENTORY_RESERVED, INVENTORY_SHORTAGE,
            INVENTORY_RELEASED, INVENTORY_LEVEL_CHANGED, SHIPMENT_CREATED, SHIPMENT_SHIPPED, SHIPMENT_DELIVERED,
            RETURN_AUTHORIZED, RETURN_REJECTED, RETURN_RECEIVED);

    private Events() {
    }

    public static Optional<EventType<?>> byType(String type) {
        return ALL.stream().filter(eventType -> eventType.type().equals(type)).findFirst();
    }
}
