package dev.comptoir.deploy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/** docker-compose.yml as docker compose reads it (YAML merge keys resolved). */
final class Compose {
    private static final Map<String, Object> FILE = new Yaml().load(Project.read(Project.path("docker-compose.yml")));

    private Compose() {
    }

    static Map<String, Object> services() {
        return Project.at(FILE, "services");
    }

    static Map<String, Object> service(String name) {
        Map<String, Object> service = Project.at(FILE, "services", name);
        if (service == null) {
            throw new AssertionError("docker-compose.yml has no service " + name);
        }
        return service;
    }

    static Map<String, String> environment(String service) {
        Map<String, String> environment = new LinkedHashMap<>();
        Map<String, Object> declared = Project.at(service(service), "environment");
        declared.forEach((name, value) -> environment.put(name, String.valueOf(value)));
        return environment;
    }
}
