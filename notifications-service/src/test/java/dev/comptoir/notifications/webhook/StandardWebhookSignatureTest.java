package dev.comptoir.notifications.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class StandardWebhookSignatureTest {

    @Test
    void signsThePublishedStandardWebhooksVectors() throws IOException {
        for (JsonNode vector : vectors().get("sign")) {
            assertEquals(vector.get("expected_signature").asText(), StandardWebhookSignature.sign(
                    vector.get("secret").asText(), vector.get("webhook_id").asText(),
                    vector.get("webhook_timestamp").asLong(), vector.get("payload").asText()));
        }
    }

    @Test
    void verificationVectorsPassOrFailAsPublished() throws IOException {
        for (JsonNode vector : vectors().get("verify")) {
            String expected = StandardWebhookSignature.sign(vector.get("secret").asText(),
                    vector.get("webhook_id").asText(), vector.get("webhook_timestamp").asLong(),
                    vector.get("payload").asText());
            boolean verified = List.of(vector.get("signature_header").asText().split(" ")).contains(expected);
            assertEquals(vector.get("must").asText().equals("pass"), verified, vector.toString());
        }
    }

    @Test
    void duringARotationEachSecretSignsAndTheHeaderCarriesBoth() {
        String current = StandardWebhookSignature.newSecret();
        String previous = StandardWebhookSignature.newSecret();
        String header = StandardWebhookSignature.header(List.of(current, previous), "evt_1", 1700000000, "{}");
        assertEquals(List.of(StandardWebhookSignature.sign(current, "evt_1", 1700000000, "{}"),
                StandardWebhookSignature.sign(previous, "evt_1", 1700000000, "{}")), List.of(header.split(" ")));
    }

    @Test
    void newSecretsAreWhsecAndThirtyTwoRandomBytes() {
        String secret = StandardWebhookSignature.newSecret();
        assertTrue(secret.startsWith("whsec_"));
        assertEquals(32, Base64.getDecoder().decode(secret.substring(6)).length);
        assertTrue(!secret.equals(StandardWebhookSignature.newSecret()));
    }

    private static JsonNode vectors() throws IOException {
        try (InputStream in = StandardWebhookSignatureTest.class
                .getResourceAsStream("/webhooks/standard-webhooks-vectors.json")) {
            return new ObjectMapper().readTree(in);
        }
    }
}
