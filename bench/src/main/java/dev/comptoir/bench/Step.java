package dev.comptoir.bench;

/**
 * What the report times: each request of the ACP checkout, then how long the saga takes to confirm the order; and,
 * untimed, the reads that check the orders after a chaos run.
 */
public enum Step {
    CREATE_SESSION("create_session"),
    ADD_ADDRESS("add_address"),
    SELECT_SHIPPING("select_shipping"),
    DELEGATE_PAYMENT("delegate_payment"),
    COMPLETE("complete"),
    COMPLETE_TO_CONFIRMED("complete_to_confirmed"),
    CHECKOUT_TO_CONFIRMED("checkout_to_confirmed"),
    AFTER_RUN_CHECK("after_run_check");

    private final String label;

    Step(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean timed() {
        return this != AFTER_RUN_CHECK;
    }
}
