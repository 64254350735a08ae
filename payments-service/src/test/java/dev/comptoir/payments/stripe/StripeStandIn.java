package dev.comptoir.payments.stripe;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Stripe's API stood in for by WireMock, and the service configured to use Stripe against it. */
public class StripeStandIn implements QuarkusTestResourceLifecycleManager {
    static WireMockServer stripe;

    @Override
    public Map<String, String> start() {
        stripe = new WireMockServer(options().dynamicPort());
        stripe.start();
        return Map.of(
                "comptoir.payments.provider", "stripe",
                "comptoir.payments.stripe.api-key", "sk_test_not_a_real_key",
                "comptoir.payments.stripe.api-base", "http://127.0.0.1:" + stripe.port());
    }

    @Override
    public void stop() {
        stripe.stop();
    }
}
