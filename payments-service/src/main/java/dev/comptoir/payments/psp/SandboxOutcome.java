package dev.comptoir.payments.psp;

/** How an authorization with a sandbox token ends; the decline code is the one ACP and Stripe use. */
public enum SandboxOutcome {
    APPROVED(null),
    CARD_DECLINED("card_declined"),
    INSUFFICIENT_FUNDS("insufficient_funds"),
    REQUIRES_3DS("requires_3ds");

    private final String declineCode;

    SandboxOutcome(String declineCode) {
        this.declineCode = declineCode;
    }

    public String declineCode() {
        return declineCode;
    }
}
