package dev.comptoir.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The repository under test: where its services, compose file and manifests are. */
final class Project {
    static final List<String> SERVICES = List.of("orders", "payments", "fulfillment", "notifications");

    private Project() {
    }

    static Path path(String first, String... more) {
        return Path.of(System.getProperty("comptoir.project.root", "..")).resolve(Path.of(first, more));
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The node at {@code path} as text, "null" where there is none. */
    static String text(Object node, String... path) {
        return String.valueOf((Object) at(node, path));
    }

    /** The node at {@code path} in parsed YAML (maps and lists), or null. */
    @SuppressWarnings("unchecked")
    static <T> T at(Object node, String... path) {
        Object current = node;
        for (String key : path) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(key);
        }
        return (T) current;
    }
}
