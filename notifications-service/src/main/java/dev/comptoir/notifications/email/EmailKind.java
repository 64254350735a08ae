package dev.comptoir.notifications.email;

public enum EmailKind {
    ORDER_CONFIRMATION, ORDER_CANCELLATION
}
