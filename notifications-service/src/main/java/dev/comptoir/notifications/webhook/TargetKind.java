package dev.comptoir.notifications.webhook;

/** Who a delivery goes to: a merchant subscription (Standard Webhooks) or an agent platform (ACP order webhooks). */
public enum TargetKind {
    MERCHANT, ACP
}
