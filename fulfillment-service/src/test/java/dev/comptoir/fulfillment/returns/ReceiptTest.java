package dev.comptoir.fulfillment.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.platform.errors.ApiException;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReceiptTest {

    @Test
    void lineMayComeBackPartlyResellableAndPartlyDamaged() {
        Receipt receipt = Receipt.parse(request(item("li_1", 2, "resellable"), item("li_1", 1, "damaged"),
                item("li_1", 1, "resellable")));
        receipt.checkWithin(Map.of("li_1", 4));
        assertEquals(Map.of(new Receipt.Key("li_1", ItemCondition.RESELLABLE), 3,
                new Receipt.Key("li_1", ItemCondition.DAMAGED), 1), receipt.totals());
    }

    @Test
    void lessThanAuthorizedMayComeBack() {
        Receipt.parse(request(item("li_1", 1, "damaged"))).checkWithin(Map.of("li_1", 3, "li_2", 1));
    }

    @Test
    void moreThanAuthorizedOfALineNamesTheItemThatGoesOver() {
        Receipt receipt = Receipt.parse(request(item("li_1", 1, "resellable"), item("li_1", 2, "damaged")));
        ApiException e = assertThrows(ApiException.class, () -> receipt.checkWithin(Map.of("li_1", 2)));
        assertEquals(400, e.status());
        assertEquals("quantity_exceeds_authorized", e.error().code());
        assertEquals("$.line_items[1].quantity", e.error().param());
    }

    @Test
    void lineOutsideTheReturnIsRefused() {
        ApiException e = assertThrows(ApiException.class,
                () -> Receipt.parse(request(item("li_9", 1, "damaged"))).checkWithin(Map.of("li_1", 1)));
        assertEquals("$.line_items[0].id", e.error().param());
    }

    @Test
    void badInputNamesItsField() {
        assertEquals("$.line_items", param(null));
        assertEquals("$.line_items", param(new ReceiveRequest(null)));
        assertEquals("$.line_items", param(request()));
        assertEquals("$.line_items[0]", param(request((ReceiveRequest.Item) null)));
        assertEquals("$.line_items[1].id", param(request(item("li_1", 1, "damaged"), item(" ", 1, "damaged"))));
        assertEquals("$.line_items[0].quantity", param(request(item("li_1", 0, "damaged"))));
        assertEquals("$.line_items[0].quantity", param(request(item("li_1", null, "damaged"))));
        assertEquals("$.line_items[0].condition", param(request(item("li_1", 1, "like new"))));
        assertEquals("$.line_items[0].condition", param(request(item("li_1", 1, null))));
    }

    @Test
    void onlyAnAuthorizedReturnAwaitsGoods() {
        assertTrue(ReturnStatus.AUTHORIZED.awaitsGoods());
        assertFalse(ReturnStatus.REJECTED.awaitsGoods());
        assertFalse(ReturnStatus.RECEIVED.awaitsGoods());
    }

    private static String param(ReceiveRequest request) {
        ApiException e = assertThrows(ApiException.class, () -> Receipt.parse(request));
        assertEquals(400, e.status());
        return e.error().param();
    }

    private static ReceiveRequest request(ReceiveRequest.Item... items) {
        return new ReceiveRequest(Arrays.asList(items));
    }

    private static ReceiveRequest.Item item(String id, Integer quantity, String condition) {
        return new ReceiveRequest.Item(id, quantity, condition);
    }
}
