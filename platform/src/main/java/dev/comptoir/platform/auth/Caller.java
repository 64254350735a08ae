package dev.comptoir.platform.auth;

/** Who may call an endpoint: an agent platform (ACP surfaces) or the merchant's operators. */
public enum Caller {
    AGENT, MERCHANT
}
