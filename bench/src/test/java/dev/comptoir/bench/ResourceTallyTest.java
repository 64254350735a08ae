package dev.comptoir.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResourceTallyTest {
    private static ResourceTally.PidSample pid(long pid, long ticks, long kilobytes) {
        return new ResourceTally.PidSample(pid, ticks, kilobytes);
    }

    private static ResourceTally.ProcessUse use(ResourceTally.ResourceUse result, String name) {
        return result.processes().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void cpuIsWhatEachProcessUsedDuringTheRunNotBeforeIt() {
        ResourceTally tally = new ResourceTally();
        tally.record(Map.of("orders", List.of(pid(10, 5_000, 300_000))), new ProcFiles.MachineCpu(0, 0));
        tally.record(Map.of("orders", List.of(pid(10, 5_500, 400_000))), new ProcFiles.MachineCpu(900, 1_000));

        ResourceTally.ProcessUse orders = use(tally.result(10, 2), "orders");

        assertEquals(5.0, orders.cpuSeconds(), "500 ticks at 100 per second");
        assertEquals(50.0, orders.meanCpuPercent(), "5 s of CPU in 10 s: half a core");
        assertEquals(390.6, orders.peakRssMb());
    }

    @Test
    void aRestartedServiceIsFollowedUnderItsNewPidAndAllOfItsCpuCounts() {
        ResourceTally tally = new ResourceTally();
        tally.record(Map.of("payments", List.of(pid(10, 5_000, 300_000))), new ProcFiles.MachineCpu(0, 0));
        tally.record(Map.of("payments", List.of(pid(10, 5_100, 300_000))), new ProcFiles.MachineCpu(0, 0));
        tally.record(Map.of("payments", List.of(pid(77, 300, 200_000))), new ProcFiles.MachineCpu(0, 0));

        assertEquals(4.0, use(tally.result(10, 2), "payments").cpuSeconds(), "100 ticks of the old, 300 of the new");
    }

    @Test
    void postgresIsTheSumOfItsProcessesAndAPartNeverFoundIsAbsent() {
        ResourceTally tally = new ResourceTally();
        tally.record(Map.of("postgres", List.of(pid(1, 100, 10_240), pid(2, 100, 10_240))),
                new ProcFiles.MachineCpu(1_000, 4_000));
        tally.record(Map.of("postgres", List.of(pid(1, 150, 10_240), pid(2, 250, 20_480))),
                new ProcFiles.MachineCpu(1_500, 5_000));

        ResourceTally.ResourceUse result = tally.result(1, 2);

        assertEquals(2.0, use(result, "postgres").cpuSeconds());
        assertEquals(30.0, use(result, "postgres").peakRssMb());
        assertFalse(use(result, "kafka").present());
        assertEquals(ResourceTally.PARTS.size(), result.processes().size());
        assertEquals(50.0, result.machine().busyPercent(), "500 busy ticks of 1000");
    }
}
