package dev.comptoir.payments.stripe;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.comptoir.payments.payment.PaymentGateway;
import dev.comptoir.testing.KafkaBrokerResource;
import dev.comptoir.testing.PostgresDatabaseResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(StripeProviderIT.WithStripe.class)
@WithTestResource(KafkaBrokerResource.class)
@WithTestResource(PostgresDatabaseResource.class)
class StripeProviderIT {

    @Inject
    Instance<PaymentGateway> gateway;

    @Test
    void stripeAsTheProviderIsThePaymentGateway() {
        assertInstanceOf(StripeGateway.class, gateway.get());
    }

    public static class WithStripe implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "comptoir.payments.provider", "stripe",
                    "comptoir.payments.stripe.api-key", "sk_test_not_a_real_key",
                    "comptoir.payments.stripe.api-base", "http://127.0.0.1:9");
        }
    }
}
