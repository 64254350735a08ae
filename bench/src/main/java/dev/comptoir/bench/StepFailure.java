package dev.comptoir.bench;

/** A checkout that stopped at a step; the kind is what the error report counts, the detail what the log shows. */
public final class StepFailure extends Exception {
    private final Step step;
    private final String kind;

    public StepFailure(Step step, String kind, String detail) {
        super(step.label() + " " + kind + ": " + detail);
        this.step = step;
        this.kind = kind;
    }

    public Step step() {
        return step;
    }

    public String kind() {
        return kind;
    }
}
