package dev.comptoir.payments.psp;

/** How an authorization with a sandbox token ends; the decline code is the one ACP and Stripe use. */
public enum SandboxOutcome {
    APPROVED(null),
    CARD_DECLINED("card_declined"),
    INSUFFICIENT_FUNDS("insufficient_funds"),
    LOST_CARD("lost_card"),
    STOLEN_CARD("stolen_card"),
    EXPIRED_CARD("expired_card"),
    REQUIRES_3DS("requires_3ds"),
    /** Authorizes and captures, but every refund fails (Stripe's 4000000000005126). */
    REFUND_FAILS(null);

    private final String declineCode;

    SandboxOutcome(String declineCode) {
        this.declineCode = declineCode;
    }

    public String declineCode() {
        return declineCode;
    }
}
