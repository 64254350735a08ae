package dev.comptoir.bench;

import java.util.List;

/** A chaos run's faults, the retries the agents needed, and whether the invariants held over its orders. */
public record ChaosOutcome(List<ChaosMonkey.Fault> faults, long retries, Invariants.Verdict verdict) {
}
