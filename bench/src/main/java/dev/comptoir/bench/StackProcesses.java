package dev.comptoir.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The stack's processes on this machine, found in /proc each time they are asked for, or fixed by {@code --pids}. */
public final class StackProcesses {
    private final Map<String, Long> fixedPids;

    public StackProcesses(Map<String, Long> fixedPids) {
        this.fixedPids = fixedPids;
    }

    /** pid to part of the stack (orders, payments, ..., kafka, postgres, bench). */
    public Map<Long, String> find() {
        Map<Long, String> found = new HashMap<>();
        found.put(ProcessHandle.current().pid(), "bench");
        if (!fixedPids.isEmpty()) {
            fixedPids.forEach((name, pid) -> found.put(pid, name));
            return found;
        }
        try (Stream<Path> entries = Files.list(ProcFiles.PROC)) {
            entries.filter(entry -> entry.getFileName().toString().chars().allMatch(Character::isDigit))
                    .forEach(entry -> ProcFiles.stackPart(ProcFiles.read(entry.resolve("cmdline")),
                                    ProcFiles.read(entry.resolve("comm")))
                            .ifPresent(name -> found.put(Long.parseLong(entry.getFileName().toString()), name)));
        } catch (IOException noProc) {
            // not Linux: every part is reported as absent
        }
        return found;
    }

    public List<Long> pidsOf(String part) {
        return find().entrySet().stream().filter(entry -> entry.getValue().equals(part)).map(Map.Entry::getKey)
                .toList();
    }
}
