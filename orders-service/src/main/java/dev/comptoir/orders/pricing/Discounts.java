package dev.comptoir.orders.pricing;

import java.util.List;

/** The codes the agent submitted, in its order, and what became of each. */
public record Discounts(List<String> codes, List<Applied> applied, List<Rejected> rejected) {
    public static final Discounts NONE = new Discounts(List.of(), List.of(), List.of());

    /** A code that took effect; {@code allocations} say which line got how much. */
    public record Applied(String code, String name, Integer percentOffBasisPoints, Long amountOff, String currency,
            long amount, List<Allocation> allocations) {
    }

    public record Allocation(String lineId, long amount) {
    }

    /** A code that did not apply, {@code reason} an ACP discount error code; {@code index} is its place in codes. */
    public record Rejected(int index, String code, String reason, String message) {
    }
}
