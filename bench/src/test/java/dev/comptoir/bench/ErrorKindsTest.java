package dev.comptoir.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import org.junit.jupiter.api.Test;

class ErrorKindsTest {
    @Test
    void anAcpErrorIsNamedByStatusAndCode() throws Exception {
        assertEquals("http_409 request_in_flight", ErrorKinds.ofResponse(409, new ObjectMapper().readTree(
                "{\"type\":\"invalid_request\",\"code\":\"request_in_flight\",\"message\":\"m\"}")));
    }

    @Test
    void aResponseWithoutAnAcpBodyIsNamedByStatusOnly() {
        assertEquals("http_502", ErrorKinds.ofResponse(502, null));
    }

    @Test
    void networkFaultsAreToldApart() {
        assertEquals("connection_refused", ErrorKinds.ofException(new ConnectException("refused")));
        assertEquals("connect_timeout", ErrorKinds.ofException(new HttpConnectTimeoutException("slow")));
        assertEquals("request_timeout", ErrorKinds.ofException(new HttpTimeoutException("slow")));
        assertEquals("connection_error", ErrorKinds.ofException(new IOException("reset")));
    }
}
