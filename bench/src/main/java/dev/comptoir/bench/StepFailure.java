package dev.comptoir.bench;

/**
 * A checkout that stopped at a step; the kind is what the error report counts, the detail what the log shows.
 * Retryable: the merchant may answer differently later (no connection, a timeout, a 5xx, a 409 conflict).
 */
public final class StepFailure extends Exception {
    private final Step step;
    private final String kind;
    private final boolean retryable;

    public StepFailure(Step step, String kind, String detail) {
        this(step, kind, detail, false);
    }

    public StepFailure(Step step, String kind, String detail, boolean retryable) {
        super(step.label() + " " + kind + ": " + detail);
        this.step = step;
        this.kind = kind;
        this.retryable = retryable;
    }

    public Step step() {
        return step;
    }

    public String kind() {
        return kind;
    }

    public boolean retryable() {
        return retryable;
    }
}
