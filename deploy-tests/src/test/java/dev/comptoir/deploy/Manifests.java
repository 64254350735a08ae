package dev.comptoir.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A service's objects in a rendered overlay: its Deployment's container and what it is given. */
final class Manifests {
    private Manifests() {
    }

    record Container(Map<String, Object> spec) {
        List<Map<String, Object>> env() {
            return Objects.requireNonNullElse(Project.at(spec, "env"), List.of());
        }

        List<Map<String, Object>> ports() {
            return Objects.requireNonNullElse(Project.at(spec, "ports"), List.of());
        }

        List<Map<String, Object>> envFrom() {
            return Objects.requireNonNullElse(Project.at(spec, "envFrom"), List.of());
        }
    }

    static Map<String, Object> deployment(String overlay, String service) {
        return Kustomization.named(overlay, "Deployment", service + "-service");
    }

    static Container container(String overlay, String service) {
        List<Map<String, Object>> containers = Project.at(deployment(overlay, service), "spec", "template", "spec",
                "containers");
        if (containers.size() != 1) {
            throw new AssertionError(service + " should run one container, not " + containers.size());
        }
        return new Container(containers.get(0));
    }

    /** The variables the service's container gets: its env and the keys of the ConfigMaps it takes whole. */
    static List<String> environmentNames(String overlay, String service) {
        Container container = container(overlay, service);
        List<String> names = new ArrayList<>();
        container.env().forEach(variable -> names.add((String) variable.get("name")));
        for (Map<String, Object> source : container.envFrom()) {
            String configMap = Project.at(source, "configMapRef", "name");
            if (configMap != null) {
                Map<String, Object> data = Project.at(Kustomization.named(overlay, "ConfigMap", configMap), "data");
                names.addAll(data.keySet());
            }
        }
        return names;
    }
}
