package dev.comptoir.fulfillment.returns;

import java.util.List;

/** What the warehouse found in a return's parcel: per order line ({@code id}), a quantity in a condition. */
public record ReceiveRequest(List<Item> lineItems) {

    public record Item(String id, Integer quantity, String condition) {
    }
}
