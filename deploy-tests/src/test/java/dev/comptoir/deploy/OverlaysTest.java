package dev.comptoir.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each overlay renders into one namespace with the whole stack: services, Kafka, a database per service. */
class OverlaysTest {
    private static final Set<String> CLUSTER_WIDE = Set.of("Namespace");

    @ParameterizedTest
    @CsvSource({"dev, comptoir-dev", "prod, comptoir"})
    void overlayRendersTheWholeStackIntoItsNamespace(String overlay, String namespace) {
        assertEquals(4, Kustomization.ofKind(overlay, "Deployment").size());
        assertEquals(1, Kustomization.ofKind(overlay, "Kafka").size());
        for (String service : Project.SERVICES) {
            assertEquals("comptoir_" + service,
                    Project.text(Kustomization.named(overlay, "Cluster", service + "-db"), "spec", "bootstrap",
                            "initdb", "database"));
        }
        if (Kustomization.renderedByKubectl(overlay)) {
            for (Map<String, Object> object : Kustomization.render(overlay)) {
                if (!CLUSTER_WIDE.contains(object.get("kind"))) {
                    assertEquals(namespace, Project.text(object, "metadata", "namespace"),
                            object.get("kind") + " " + Project.text(object, "metadata", "name"));
                }
            }
            assertTrue(Kustomization.ofKind(overlay, "Namespace").stream()
                    .anyMatch(ns -> namespace.equals(Project.text(ns, "metadata", "name"))));
        }
    }
}
