package dev.comptoir.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the few /proc figures the bench needs from the files' text (proc(5)). */
public final class ProcFiles {
    /** {@code getconf CLK_TCK}: the unit of utime and stime; 100 on every Linux the bench runs on. */
    public static final int CLOCK_TICKS_PER_SECOND = 100;

    private static final Pattern SERVICE_JAR = Pattern.compile("([a-z]+)-service/target/[^/\\s]+/quarkus-run\\.jar");
    private static final String KAFKA_BROKER = "dev.comptoir.kafka.KafkaBroker";

    /** The machine's CPU time so far, in clock ticks, all cores together. */
    public record MachineCpu(long busyTicks, long totalTicks) {
    }

    static final Path PROC = Path.of("/proc");

    private ProcFiles() {
    }

    /** A /proc file's text; empty when its process ended meanwhile. */
    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException | RuntimeException gone) {
            return "";
        }
    }

    /** utime + stime from /proc/pid/stat; the command name in parentheses may itself hold spaces or parentheses. */
    public static long cpuTicks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        // fields[0] is field 3 (state) of proc(5); utime and stime are fields 14 and 15
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** VmRSS from /proc/pid/status in kB; kernel threads have none. */
    public static long residentKilobytes(String status) {
        return status.lines().filter(line -> line.startsWith("VmRSS:")).findFirst()
                .map(line -> Long.parseLong(line.replaceAll("\\D", ""))).orElse(0L);
    }

    /** The first line of /proc/stat: user nice system idle iowait irq softirq steal (guest time is inside user). */
    public static MachineCpu machineCpu(String procStat) {
        String[] fields = procStat.lines().findFirst().orElse("").trim().split("\\s+");
        if (fields.length < 6) {
            return new MachineCpu(0, 0);
        }
        long total = 0;
        for (int i = 1; i <= 8 && i < fields.length; i++) {
            total += Long.parseLong(fields[i]);
        }
        long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
        return new MachineCpu(total - idle, total);
    }

    /**
     * Which part of the stack a process is, from its command line (NUL-separated, as in /proc/pid/cmdline) and its
     * command name: orders, payments, fulfillment, notifications, kafka, postgres; empty for anything else.
     */
    public static Optional<String> stackPart(String cmdline, String comm) {
        if ("postgres".equals(comm.strip())) {
            return Optional.of("postgres");
        }
        String[] words = cmdline.split("\0");
        if (words.length == 0 || !words[0].endsWith("java")) {
            return Optional.empty();
        }
        String command = String.join(" ", words);
        Matcher service = SERVICE_JAR.matcher(command);
        if (service.find()) {
            return Optional.of(service.group(1));
        }
        return command.contains(KAFKA_BROKER) ? Optional.of("kafka") : Optional.empty();
    }
}
