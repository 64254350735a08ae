package dev.comptoir.fulfillment.observability;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The OpenTelemetry SDK on, spans exported to {@link InMemorySpans} only. */
public class TracingOn implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.otel.sdk.disabled", "false",
                "quarkus.otel.exporter.otlp.enabled", "false",
                "quarkus.otel.bsp.schedule.delay", "PT0.05S");
    }
}
