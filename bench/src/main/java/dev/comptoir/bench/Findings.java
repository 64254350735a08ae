package dev.comptoir.bench;

import java.util.List;
import java.util.Optional;

/** What the bench measured around the main run: the limits before it, resource use and costs during it, chaos. */
public record Findings(List<BaselineResult> baselines, Optional<ResourceTally.ResourceUse> resources,
        Optional<OrderCosts> costs, Optional<ChaosOutcome> chaos) {

    public static final Findings NONE = new Findings(List.of(), Optional.empty(), Optional.empty(), Optional.empty());
}
