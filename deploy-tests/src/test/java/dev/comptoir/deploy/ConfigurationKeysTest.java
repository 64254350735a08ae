package dev.comptoir.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every variable a deployment sets configures something the service reads, and secrets stay out of the files. */
class ConfigurationKeysTest {
    private static final Pattern SECRET_NAME = Pattern.compile(".*(TOKENS|SECRET|SECRETS|PASSWORD|API_KEY|SECRET_KEY)$");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyVariableTheKubernetesManifestsSetIsAConfigurationKeyOfItsService(String overlay) {
        List<String> unknown = new ArrayList<>();
        for (String service : Project.SERVICES) {
            ServiceConfiguration configuration = ServiceConfiguration.of(service);
            Manifests.environmentNames(overlay, service).stream().filter(name -> !configuration.reads(name))
                    .forEach(name -> unknown.add(service + ": " + name));
        }
        assertEquals(List.of(), unknown, "variables in deploy/overlays/" + overlay + " no service reads");
    }

    @Test
    void everyVariableDockerComposeSetsIsAConfigurationKeyOfItsService() {
        List<String> unknown = new ArrayList<>();
        for (String service : Project.SERVICES) {
            ServiceConfiguration configuration = ServiceConfiguration.of(service);
            Compose.environment(service).keySet().stream().filter(name -> !configuration.reads(name))
                    .forEach(name -> unknown.add(service + ": " + name));
        }
        assertEquals(List.of(), unknown, "variables in docker-compose.yml no service reads");
    }

    @Test
    void aMisspelledOrMisplacedVariableIsNotTakenForAConfigurationKey() {
        ServiceConfiguration payments = ServiceConfiguration.of("payments");
        assertTrue(payments.reads("COMPTOIR_PAYMENTS_PROVIDER"));
        assertTrue(payments.reads("COMPTOIR_PAYMENTS_COMMISSION_RATES_OPENAI"), "a map key under @ConfigMapping");
        assertFalse(payments.reads("COMPTOIR_PAYMENT_PROVIDER"));
        assertFalse(payments.reads("QUARKUS_MAILER_HOST"), "payments sends no e-mail");
        assertTrue(ServiceConfiguration.of("notifications").reads("COMPTOIR_ACP_WEBHOOKS_OPENAI_URL"));
        assertTrue(ServiceConfiguration.of("notifications").reads("QUARKUS_MAILER_HOST"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void secretsComeFromSecretReferencesNeverFromTheManifests(String overlay) {
        assertEquals(List.of(), Kustomization.ofKind(overlay, "Secret"), "no Secret (with its values) is deployed");
        for (Map<String, Object> configMap : Kustomization.ofKind(overlay, "ConfigMap")) {
            Map<String, Object> data = Project.at(configMap, "data");
            data.keySet().forEach(name -> assertFalse(SECRET_NAME.matcher(name).matches(),
                    name + " is a secret in ConfigMap " + Project.at(configMap, "metadata", "name")));
        }
        for (String service : Project.SERVICES) {
            for (Map<String, Object> variable : Manifests.container(overlay, service).env()) {
                String name = (String) variable.get("name");
                if (SECRET_NAME.matcher(name).matches()) {
                    assertFalse(variable.containsKey("value"), service + " sets the secret " + name + " in clear");
                    assertTrue(Project.at(variable, "valueFrom", "secretKeyRef") != null,
                            service + " reads " + name + " from a Secret");
                }
            }
        }
    }
}
