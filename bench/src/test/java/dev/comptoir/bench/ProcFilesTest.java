package dev.comptoir.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Text as Linux writes it in /proc (proc(5)). */
class ProcFilesTest {
    @Test
    void cpuTimeIsUserPlusSystemTicksEvenWhenTheCommandNameHoldsSpacesAndParentheses() {
        String stat = "4242 (java (main) x) S 1 4242 4242 0 -1 4194304 52817 0 12 0 1234 567 0 0 20 0 61 0 "
                + "8801 5308211200 98765 18446744073709551615 1 1 0 0 0 0 0 4096 17102 0 0 0 17 1 0 0 0 0 0";

        assertEquals(1234 + 567, ProcFiles.cpuTicks(stat));
    }

    @Test
    void residentMemoryIsVmRssInKilobytesAndNothingForAKernelThread() {
        assertEquals(312456, ProcFiles.residentKilobytes("Name:\tjava\nVmPeak:\t 5308212 kB\nVmRSS:\t  312456 kB\n"
                + "RssAnon:\t  290000 kB\n"));
        assertEquals(0, ProcFiles.residentKilobytes("Name:\tkthreadd\nState:\tS (sleeping)\n"));
    }

    @Test
    void machineCpuCountsIdleAndIowaitAsNotBusy() {
        ProcFiles.MachineCpu cpu = ProcFiles.machineCpu("cpu  100 10 50 800 20 5 5 10 7 0\n"
                + "cpu0 50 5 25 400 10 2 3 5 3 0\nintr 12345\n");

        assertEquals(100 + 10 + 50 + 800 + 20 + 5 + 5 + 10, cpu.totalTicks());
        assertEquals(100 + 10 + 50 + 5 + 5 + 10, cpu.busyTicks());
    }

    @Test
    void theStackIsRecognisedByItsCommandLines() {
        assertEquals(Optional.of("orders"), ProcFiles.stackPart("/usr/bin/java\0-Xmx256m\0-Dquarkus.profile=local\0"
                + "-jar\0/work/comptoir/orders-service/target/local-app/quarkus-run.jar\0", "java\n"));
        assertEquals(Optional.of("notifications"), ProcFiles.stackPart("java\0-jar\0"
                + "notifications-service/target/quarkus-app/quarkus-run.jar\0", "java"));
        assertEquals(Optional.of("kafka"), ProcFiles.stackPart("java\0-cp\0kafka-broker/target/lib/*\0"
                + "dev.comptoir.kafka.KafkaBroker\09092\0.local/kafka\0", "java"));
        assertEquals(Optional.of("postgres"), ProcFiles.stackPart("postgres: 15/main: postgres orders 127.0.0.1",
                "postgres\n"));
        assertEquals(Optional.empty(), ProcFiles.stackPart("less\0orders-service/target/local-app/quarkus-run.jar\0",
                "less"), "only a java process is a service");
        assertEquals(Optional.empty(), ProcFiles.stackPart("/usr/bin/java\0-jar\0bench/target/bench.jar\0", "java"));
    }
}
