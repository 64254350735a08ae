package dev.comptoir.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each service listens where its image, compose and Kubernetes expect it, and is probed on Quarkus's health checks,
 * which production serves on the management port only: no published port answers health, metrics or OpenAPI.
 */
class PortsAndProbesTest {
    private static final Pattern EXPOSE = Pattern.compile("(?m)^EXPOSE (\\d+)$");
    private static final Pattern USER = Pattern.compile("(?m)^USER (\\S+)$");
    private static final Map<String, String> PROBES = Map.of("startupProbe", "/q/health/started",
            "livenessProbe", "/q/health/live", "readinessProbe", "/q/health/ready");

    private static int port(String service) {
        return Integer.parseInt(ServiceConfiguration.of(service).value("quarkus.http.port"));
    }

    private static int managementPort(String service) {
        return Integer.parseInt(ServiceConfiguration.of(service).value("quarkus.management.port"));
    }

    @Test
    void productionServesHealthMetricsAndOpenApiOnADistinctManagementPortPerService() throws Exception {
        Properties shared = new Properties();
        shared.load(new StringReader(Project.read(
                Project.path("platform", "src/main/resources/META-INF/microprofile-config.properties"))));
        assertEquals("true", shared.getProperty("%prod.quarkus.management.enabled"));
        assertEquals("true", shared.getProperty("%prod.quarkus.smallrye-openapi.management.enabled"));
        Set<Integer> taken = new HashSet<>(Set.of(9092, 9093, 5432));
        for (String service : Project.SERVICES) {
            taken.add(port(service));
        }
        for (String service : Project.SERVICES) {
            assertTrue(taken.add(managementPort(service)), service + "'s management port " + managementPort(service)
                    + " collides with another port of the stack on one host");
        }
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
            List<Map<String, Object>> ports = Manifests.container(overlay, service).ports();
            assertEquals(List.of(Map.of("name", "http", "containerPort", port(service)),
                    Map.of("name", "management", "containerPort", managementPort(service))), ports, service);
            Map<String, Object> servicePort = Project.<List<Map<String, Object>>>at(
                    Kustomization.named(overlay, "Service", service + "-service"), "spec", "ports").get(0);
            assertEquals(port(service), servicePort.get("port"), service + "'s Service port");
            assertEquals("http", servicePort.get("targetPort"));
            assertEquals(1, Project.<List<?>>at(Kustomization.named(overlay, "Service", service + "-service"),
                    "spec", "ports").size(), service + "'s Service exposes the public port only");
            Map<String, Object> policy = Kustomization.named(overlay, "NetworkPolicy", service + "-service");
            List<Map<String, Object>> ingress = Project.at(policy, "spec", "ingress");
            assertEquals(Map.of("ingress-nginx", List.of(port(service)), "monitoring", List.of(managementPort(service))),
                    openedPortsByNamespace(ingress), service + "'s network policy: the ingress reaches the service"
                            + " port, Prometheus the management port");
        }
    }

    private static Map<String, List<Object>> openedPortsByNamespace(List<Map<String, Object>> rules) {
        Map<String, List<Object>> opened = new HashMap<>();
        for (Map<String, Object> rule : rules) {
            List<Object> ports = Project.<List<Map<String, Object>>>at(rule, "ports").stream()
                    .map(port -> port.get("port")).toList();
            for (Map<String, Object> from : Project.<List<Map<String, Object>>>at(rule, "from")) {
                String namespace = Project.text(from, "namespaceSelector", "matchLabels",
                        "kubernetes.io/metadata.name");
                opened.merge(namespace, ports, (a, b) -> Stream.concat(a.stream(), b.stream()).toList());
            }
        }
        return opened;
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void kubernetesProbesAndPrometheusAskTheManagementPort(String overlay) {
        for (String service : Project.SERVICES) {
            Map<String, Object> container = Manifests.container(overlay, service).spec();
            PROBES.forEach((probe, path) -> {
                assertEquals(path, Project.at(container, probe, "httpGet", "path"), service + " " + probe);
                assertEquals("management", Project.at(container, probe, "httpGet", "port"), service + " " + probe);
            });
            Map<String, Object> annotations = Project.at(Manifests.deployment(overlay, service), "spec", "template",
                    "metadata", "annotations");
            assertEquals("true", annotations.get("prometheus.io/scrape"), service);
            assertEquals(String.valueOf(managementPort(service)), annotations.get("prometheus.io/port"), service);
            assertEquals("/q/metrics", annotations.get("prometheus.io/path"), service);
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
    void composePublishesEveryPortOnTheLoopbackInterfaceOnly() {
        Map<String, Object> services = Compose.services();
        assertTrue(services.keySet().containsAll(List.of("kafka", "postgres", "mailpit")));
        services.forEach((name, service) -> {
            List<Object> ports = Project.at(Compose.service(name), "ports");
            for (Object port : ports == null ? List.of() : ports) {
                assertTrue(String.valueOf(port).startsWith("127.0.0.1:"), name + " publishes " + port
                        + " on every interface");
            }
        });
    }

    @Test
    void composePublishesEachServiceOnItsPortAndStartsItOnceItsDependenciesAreReady() {
        String databases = Project.read(Project.path("deploy", "compose", "create-databases.sql"));
        for (String service : Project.SERVICES) {
            Map<String, Object> compose = Compose.service(service);
            int port = port(service);
            assertEquals(List.of("127.0.0.1:" + port + ":" + port), compose.get("ports"), service);
            String healthcheck = String.join(" ", Project.<List<String>>at(compose, "healthcheck", "test"));
            assertTrue(healthcheck.contains("/dev/tcp/127.0.0.1/" + managementPort(service))
                    && healthcheck.contains("/q/health/ready"),
                    service + " is healthy once ready, on its management port: " + healthcheck);
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
