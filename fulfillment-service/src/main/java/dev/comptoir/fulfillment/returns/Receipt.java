package dev.comptoir.fulfillment.returns;

import dev.comptoir.platform.errors.ApiException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What came back of a return, as the warehouse listed it: quantities of order lines, each in a condition (one line
 * may come back partly resellable, partly damaged). Each check names the offending field of the request.
 */
public record Receipt(List<Entry> entries) {

    public record Entry(String lineId, ItemCondition condition, int quantity) {
    }

    public record Key(String lineId, ItemCondition condition) {
    }

    public static Receipt parse(ReceiveRequest request) {
        List<ReceiveRequest.Item> items = request == null ? null : request.lineItems();
        if (items == null || items.isEmpty()) {
            throw ApiException.badRequest("missing", "line_items must list what was received", "$.line_items");
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ReceiveRequest.Item item = items.get(i);
            if (item == null) {
                throw ApiException.badRequest("missing", "line item " + i + " is empty", at(i, ""));
            }
            if (item.id() == null || item.id().isBlank()) {
                throw ApiException.badRequest("missing", "id (the order line id) is required", at(i, ".id"));
            }
            if (item.quantity() == null || item.quantity() < 1) {
                throw ApiException.badRequest("invalid", "quantity must be 1 or more", at(i, ".quantity"));
            }
            int index = i;
            ItemCondition condition = ItemCondition.of(item.condition()).orElseThrow(() -> ApiException.badRequest(
                    "invalid", "condition must be resellable or damaged", at(index, ".condition")));
            entries.add(new Entry(item.id(), condition, item.quantity()));
        }
        return new Receipt(List.copyOf(entries));
    }

    /** Fails unless every line is one the return authorized (quantity per line id) and no more of it came. */
    public void checkWithin(Map<String, Integer> authorized) {
        Map<String, Integer> received = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            Integer allowed = authorized.get(entry.lineId());
            if (allowed == null) {
                throw ApiException.badRequest("invalid", "line " + entry.lineId() + " is not part of this return",
                        at(i, ".id"));
            }
            if (received.merge(entry.lineId(), entry.quantity(), Integer::sum) > allowed) {
                throw ApiException.badRequest("quantity_exceeds_authorized", "only " + allowed + " of line "
                        + entry.lineId() + " were authorized for return", at(i, ".quantity"));
            }
        }
    }

    /** The quantities per order line and condition, a line listed twice in one condition added up. */
    public Map<Key, Integer> totals() {
        Map<Key, Integer> totals = new LinkedHashMap<>();
        entries.forEach(entry -> totals.merge(new Key(entry.lineId(), entry.condition()), entry.quantity(),
                Integer::sum));
        return totals;
    }

    private static String at(int index, String field) {
        return "$.line_items[" + index + "]" + field;
    }
}
