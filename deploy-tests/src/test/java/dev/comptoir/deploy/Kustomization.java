package dev.comptoir.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.yaml.snakeyaml.Yaml;

/**
 * An overlay of deploy/ as Kubernetes would receive it: {@code kubectl kustomize} where kubectl is installed.
 * Without it, the overlay's files are read as they are (resources and generated ConfigMaps, without patches, image
 * or replica changes), and the test output says so.
 */
final class Kustomization {
    private static final Map<String, List<Map<String, Object>>> RENDERED = new ConcurrentHashMap<>();
    private static final Set<String> RENDERED_BY_KUBECTL = ConcurrentHashMap.newKeySet();

    private Kustomization() {
    }

    /** The objects of {@code deploy/overlays/<overlay>}. */
    static List<Map<String, Object>> render(String overlay) {
        return RENDERED.computeIfAbsent(overlay, Kustomization::build);
    }

    /** Whether kubectl rendered the overlay, patches and namespace included. */
    static boolean renderedByKubectl(String overlay) {
        render(overlay);
        return RENDERED_BY_KUBECTL.contains(overlay);
    }

    static List<Map<String, Object>> ofKind(String overlay, String kind) {
        return render(overlay).stream().filter(object -> kind.equals(object.get("kind"))).toList();
    }

    static Map<String, Object> named(String overlay, String kind, String name) {
        return ofKind(overlay, kind).stream().filter(object -> name.equals(Project.at(object, "metadata", "name")))
                .findFirst().orElseThrow(() -> new AssertionError(overlay + " has no " + kind + " " + name));
    }

    private static List<Map<String, Object>> build(String overlay) {
        Path directory = Project.path("deploy", "overlays", overlay);
        try {
            Process kubectl = new ProcessBuilder("kubectl", "kustomize", directory.toString()).start();
            byte[] stdout = kubectl.getInputStream().readAllBytes();
            String stderr = new String(kubectl.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!kubectl.waitFor(60, TimeUnit.SECONDS) || kubectl.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + directory + " failed: " + stderr);
            }
            RENDERED_BY_KUBECTL.add(overlay);
            return parse(new String(stdout, StandardCharsets.UTF_8));
        } catch (IOException noKubectl) {
            System.out.println("kubectl is not installed: checking deploy/overlays/" + overlay
                    + " from its files, without its patches, images and replicas");
            return readWithoutKubectl(directory);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<Map<String, Object>> parse(String yaml) {
        return StreamSupport.stream(new Yaml().loadAll(yaml).spliterator(), false).filter(Objects::nonNull)
                .map(Kustomization::asObject).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asObject(Object document) {
        return (Map<String, Object>) document;
    }

    private static List<Map<String, Object>> readWithoutKubectl(Path directory) {
        Map<String, Object> kustomization = asObject(new Yaml().load(Project.read(directory.resolve("kustomization.yaml"))));
        List<Map<String, Object>> objects = new ArrayList<>();
        List<String> resources = Objects.requireNonNullElse(Project.at(kustomization, "resources"), List.of());
        for (String resource : resources) {
            Path path = directory.resolve(resource).normalize();
            objects.addAll(Files.isDirectory(path) ? readWithoutKubectl(path) : parse(Project.read(path)));
        }
        List<Map<String, Object>> generators =
                Objects.requireNonNullElse(Project.at(kustomization, "configMapGenerator"), List.of());
        for (Map<String, Object> generator : generators) {
            Map<String, Object> configMap = objects.stream().filter(object -> "ConfigMap".equals(object.get("kind"))
                    && generator.get("name").equals(Project.at(object, "metadata", "name"))).findFirst()
                    .orElseGet(() -> newConfigMap(objects, (String) generator.get("name")));
            Map<String, Object> data = Project.at(configMap, "data");
            for (String literal : Objects.requireNonNullElse(Project.<List<String>>at(generator, "literals"),
                    List.<String>of())) {
                data.put(literal.substring(0, literal.indexOf('=')), literal.substring(literal.indexOf('=') + 1));
            }
        }
        return objects;
    }

    private static Map<String, Object> newConfigMap(List<Map<String, Object>> objects, String name) {
        Map<String, Object> configMap = new LinkedHashMap<>(Map.of("apiVersion", "v1", "kind", "ConfigMap",
                "metadata", Map.of("name", name), "data", new LinkedHashMap<String, Object>()));
        objects.add(configMap);
        return configMap;
    }
}
