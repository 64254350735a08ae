package dev.comptoir.platform.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RequestSignaturesTest {
    private static final String SECRET = "example-signing-secret";
    private static final String BODY = "{\"line_items\":[{\"id\":\"mug-black\",\"quantity\":1}]}";

    @Test
    void theWorkedExampleOfTheReadmeIsWhatTheCodeComputes() throws IOException {
        String canonical = RequestSignatures.canonicalString("POST", "/checkout_sessions", "", "idem_2026_0001",
                "2026-04-17T12:00:00Z", BODY.getBytes(StandardCharsets.UTF_8));
        String readme = Files.readString(Path.of("..", "README.md"));

        assertTrue(readme.contains("```text\n" + canonical + "\n```"),
                "README shows the canonical string:\n" + canonical);
        assertTrue(readme.contains("Signature: " + RequestSignatures.sign(SECRET, canonical) + "\n\n" + BODY + "\n"),
                "README shows the signature " + RequestSignatures.sign(SECRET, canonical));
        assertTrue(readme.contains("the secret `" + SECRET + "`"));
        assertTrue(readme.contains("Idempotency-Key: idem_2026_0001\nTimestamp: 2026-04-17T12:00:00Z\n"));
    }

    @Test
    void everyPartOfTheRequestChangesTheCanonicalString() {
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        String path = "/orders/ord_1/cancel";
        String base = RequestSignatures.canonicalString("POST", path, "a=1", "k", "t", body);
        assertNotEquals(base, RequestSignatures.canonicalString("GET", path, "a=1", "k", "t", body));
        assertNotEquals(base, RequestSignatures.canonicalString("POST", "/orders/ord_2/cancel", "a=1", "k", "t", body));
        assertNotEquals(base, RequestSignatures.canonicalString("POST", path, "a=2", "k", "t", body));
        assertNotEquals(base, RequestSignatures.canonicalString("POST", path, "a=1", "k2", "t", body));
        assertNotEquals(base, RequestSignatures.canonicalString("POST", path, "a=1", "k", "t2", body));
        assertNotEquals(base, RequestSignatures.canonicalString("POST", path, "a=1", "k", "t", new byte[0]));
        assertEquals("GET\n/orders/ord_1\n\n\nt\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                RequestSignatures.canonicalString("get", "/orders/ord_1", null, null, "t", new byte[0]));
    }
}
