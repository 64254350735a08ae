package dev.comptoir.notifications.acp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MerchantSignatureTest {

    @Test
    void signsTimestampDotBodyWithTheSecretsUtf8BytesInHex() {
        // openssl: printf '1709123456.{"type":"order_create"}' | openssl dgst -sha256 -hmac 'acp-secret'
        assertEquals("t=1709123456,v1=cf348d67f064c1de909d15f82a7d457615f36fe62bdbf6cab80f332999f91855",
                MerchantSignature.header("acp-secret", 1709123456, "{\"type\":\"order_create\"}"));
    }
}
