package dev.comptoir.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each service listens where its image, compose and Kubernetes expect it, and is probed on Quarkus's health checks. */
class PortsAndProbesTest {
    private static final Pattern EXPOSE = Pattern.compile("(?m)^EXPOSE (\\d+)$");
    private static final Pattern USER = Pattern.compile("(?m)^USER (\\S+)$");
    private static final Map<String, String> PROBES = Map.of("startupProbe", "/q/health/started",
            "livenessProbe", "/q/health/live", "readinessProbe", "/q/health/ready");

    private static int port(String service) {
        return Integer.parseInt(ServiceConfiguration.of(service).value("quarkus.http.port"));
    }

    @Test
    void imagesExposeTheServicesPortAndRunAsNonRoot() {
        for (String service : Project.SERVICES) {
            String dockerfile = Project.read(Project.path(service + "-service", "src/main/docker/Dockerfile.jvm"));
            Matcher expose = EXPOSE.matcher(dockerfile);
            assertTrue(expose.find(), service + "'s image exposes a port");
            assertEquals(port(service), Integer.parseInt(expose.group(1)), service);
            Matcher user = USER.matcher(dockerfile);
            assertTrue(user.find(), service + "'s image names its user");
            assertNotEquals("root", user.group(1));
            assertNotEquals("0", user.group(1));
            assertTrue(dockerfile.contains("target/quarkus-app/lib/"), service + " copies the fast-jar layers");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void kubernetesServesAndAllowsEachServiceOnItsPort(String overlay) {
        for (String service : Project.SERVICES) {
            Map<String, Object> port = Manifests.container(overlay, service).ports().get(0);
            assertEquals("http", port.get("name"));
            assertEquals(port(service), port.get("containerPort"), service + "'s container port");
            Map<String, Object> servicePort = Project.<List<Map<String, Object>>>at(
                    Kustomization.named(overlay, "Service", service + "-service"), "spec", "ports").get(0);
            assertEquals(port(service), servicePort.get("port"), service + "'s Service port");
            assertEquals("http", servicePort.get("targetPort"));
            Map<String, Object> policy = Kustomization.named(overlay, "NetworkPolicy", service + "-service");
            List<Map<String, Object>> ingress = Project.at(policy, "spec", "ingress");
            assertEquals(port(service), Project.<List<Map<String, Object>>>at(ingress.get(0), "ports").get(0)
                    .get("port"), service + "'s network policy opens its port");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void kubernetesProbesAskQuarkusHealthChecks(String overlay) {
        for (String service : Project.SERVICES) {
            Map<String, Object> container = Manifests.container(overlay, service).spec();
            PROBES.forEach((probe, path) -> {
                assertEquals(path, Project.at(container, probe, "httpGet", "path"), service + " " + probe);
                assertEquals("http", Project.at(container, probe, "httpGet", "port"), service + " " + probe);
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void podsRunAsNonRootOnAReadOnlyFilesystemWithLimitsAndStopGracefully(String overlay) {
        Map<String, Object> shared = Kustomization.ofKind(overlay, "ConfigMap").stream()
                .filter(map -> Project.text(map, "metadata", "name").startsWith("comptoir-config")).findFirst()
                .orElseThrow();
        Duration shutdown = Duration.parse("PT" + Project.text(shared, "data", "QUARKUS_SHUTDOWN_TIMEOUT")
                .toUpperCase(Locale.ROOT));
        for (String service : Project.SERVICES) {
            Map<String, Object> pod = Project.at(Manifests.deployment(overlay, service), "spec", "template", "spec");
            Map<String, Object> container = Manifests.container(overlay, service).spec();
            assertEquals(true, Project.at(pod, "securityContext", "runAsNonRoot"), service);
            assertEquals(true, Project.at(container, "securityContext", "readOnlyRootFilesystem"), service);
            assertEquals(false, Project.at(container, "securityContext", "allowPrivilegeEscalation"), service);
            for (String bound : List.of("requests", "limits")) {
                assertNotNull(Project.at(container, "resources", bound, "cpu"), service + " cpu " + bound);
                assertNotNull(Project.at(container, "resources", bound, "memory"), service + " memory " + bound);
            }
            int grace = Project.at(pod, "terminationGracePeriodSeconds");
            assertTrue(grace > shutdown.toSeconds() + 5, service + ": the grace period outlasts the preStop pause"
                    + " and Quarkus's shutdown timeout");
            assertNotNull(Kustomization.named(overlay, "HorizontalPodAutoscaler", service + "-service"));
            assertNotNull(Kustomization.named(overlay, "PodDisruptionBudget", service + "-service"));
        }
    }

    @Test
    void composePublishesEachServiceOnItsPortAndStartsItOnceItsDependenciesAreReady() {
        String databases = Project.read(Project.path("deploy", "compose", "create-databases.sql"));
        for (String service : Project.SERVICES) {
            Map<String, Object> compose = Compose.service(service);
            int port = port(service);
            assertEquals(List.of(port + ":" + port), compose.get("ports"), service);
            String healthcheck = String.join(" ", Project.<List<String>>at(compose, "healthcheck", "test"));
            assertTrue(healthcheck.contains("/dev/tcp/127.0.0.1/" + port) && healthcheck.contains("/q/health/ready"),
                    service + " is healthy once ready: " + healthcheck);
            assertEquals("service_completed_successfully",
                    Project.at(compose, "depends_on", "kafka-topics", "condition"), service + " waits for topics");
            assertEquals("service_healthy", Project.at(compose, "depends_on", "postgres", "condition"), service);
            String jdbcUrl = Compose.environment(service).get("QUARKUS_DATASOURCE_JDBC_URL");
            String database = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
            assertTrue(databases.contains("CREATE DATABASE " + database + ";"), service + "'s database is created");
            assertEquals("src/main/docker/Dockerfile.jvm", Project.at(compose, "build", "dockerfile"));
            assertEquals(service + "-service", Project.at(compose, "build", "context"));
        }
    }
}
