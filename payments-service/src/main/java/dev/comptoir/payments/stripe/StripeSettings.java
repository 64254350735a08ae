package dev.comptoir.payments.stripe;

import java.util.Objects;

/**
 * How to reach Stripe: the secret API key, the API's base URL ({@code https://api.stripe.com}, or a stand-in in
 * tests), how often the client retries a request that met a network error or a 5xx, and the form path that carries
 * the Shared Payment Token in a PaymentIntent ({@code payment_method_data[shared_payment_granted_token]}).
 */
public record StripeSettings(String apiKey, String apiBase, int maxNetworkRetries, String tokenParam) {

    public StripeSettings {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(apiBase, "apiBase");
        if (apiKey.isBlank()) {
            throw new IllegalArgumentException("The Stripe API key is blank");
        }
        if (maxNetworkRetries < 0) {
            throw new IllegalArgumentException("maxNetworkRetries must not be negative: " + maxNetworkRetries);
        }
        NestedParams.keys(tokenParam);
    }

    /** Without the API key: settings end up in logs and exception messages. */
    @Override
    public String toString() {
        return "StripeSettings[apiKey=***, apiBase=" + apiBase + ", maxNetworkRetries=" + maxNetworkRetries
                + ", tokenParam=" + tokenParam + "]";
    }
}
