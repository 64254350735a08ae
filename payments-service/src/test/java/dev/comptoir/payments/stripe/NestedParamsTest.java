package dev.comptoir.payments.stripe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NestedParamsTest {

    @Test
    void bracketPathsBecomeNestedMapsSharingTheirPrefixes() {
        NestedParams params = new NestedParams()
                .put("payment_method_data[shared_payment_granted_token]", "spt_123")
                .put("payment_method_options[card][three_d_secure][version]", "2.2.0")
                .put("payment_method_options[card][three_d_secure][cryptogram]", "AAAB")
                .put("shared_payment_token", "spt_123");

        assertEquals(Map.of(
                "payment_method_data", Map.of("shared_payment_granted_token", "spt_123"),
                "payment_method_options", Map.of("card", Map.of("three_d_secure",
                        Map.of("version", "2.2.0", "cryptogram", "AAAB"))),
                "shared_payment_token", "spt_123"), params.asMap());
    }

    @Test
    void nullValuesAreLeftOut() {
        assertEquals(Map.of(), new NestedParams().put("a[b]", null).asMap());
    }

    @Test
    void malformedPathsAreRefused() {
        for (String path : List.of("", "[a]", "a[", "a[]", "a[b]c", "a[b[c]]")) {
            assertThrows(IllegalArgumentException.class, () -> NestedParams.keys(path), path);
        }
        assertThrows(IllegalArgumentException.class, () -> new StripeSettings("sk_test_x", "https://api.stripe.com",
                2, "payment_method_data[shared_payment_granted_token"));
    }

    @Test
    void aValueAndParametersUnderItCannotShareAPath() {
        assertThrows(IllegalArgumentException.class,
                () -> new NestedParams().put("a", "1").put("a[b]", "2"));
        assertThrows(IllegalArgumentException.class,
                () -> new NestedParams().put("a[b]", "2").put("a", "1"));
    }
}
