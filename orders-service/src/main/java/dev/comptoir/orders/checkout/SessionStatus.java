package dev.comptoir.orders.checkout;

import java.util.Locale;

/**
 * ACP checkout session statuses this merchant uses:
 * <pre>
 * not_ready_for_payment --(address, e-mail complete)--> ready_for_payment --(complete: order placed)-->
 * complete_in_progress --(order confirmed: paid and in stock)--> completed
 *                      --(payment declined)--> ready_for_payment, with the decline as a message: pay again
 *                      --(card asks for 3-D Secure)--> authentication_required --(complete with
 *                           authentication_result: a new order)--> complete_in_progress
 *                      --(stock short)--> not_ready_for_payment, out_of_stock until the items change
 * not_ready_for_payment / ready_for_payment / authentication_required --(update)--> priced again
 *                                                                   --(cancel)--> canceled
 *                                                                   --(expires_at passed)--> expired
 * </pre>
 */
public enum SessionStatus {
    NOT_READY_FOR_PAYMENT, READY_FOR_PAYMENT, AUTHENTICATION_REQUIRED, COMPLETE_IN_PROGRESS, COMPLETED, CANCELED,
    EXPIRED;

    /** Whether the agent may still change the session or pay for it. */
    public boolean isOpen() {
        return this == NOT_READY_FOR_PAYMENT || this == READY_FOR_PAYMENT || this == AUTHENTICATION_REQUIRED;
    }

    public String acpName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
