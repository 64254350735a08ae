package dev.comptoir.platform.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.ws.rs.core.MultivaluedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestLogContextTest {

    @Test
    void orderPathNamesTheOrder() {
        assertEquals("ord_1", RequestLogContext.orderId(List.of("orders", "ord_1", "timeline"),
                new MultivaluedHashMap<>()));
    }

    @Test
    void orderIdQueryParameterNamesTheOrder() {
        MultivaluedHashMap<String, String> query = new MultivaluedHashMap<>();
        query.add("order_id", "ord_2");
        assertEquals("ord_2", RequestLogContext.orderId(List.of("payments"), query));
    }

    @Test
    void otherRequestsNameNoOrder() {
        assertNull(RequestLogContext.orderId(List.of("orders"), new MultivaluedHashMap<>()));
        assertNull(RequestLogContext.orderId(List.of("checkout_sessions", "cs_1"), new MultivaluedHashMap<>()));
    }
}
