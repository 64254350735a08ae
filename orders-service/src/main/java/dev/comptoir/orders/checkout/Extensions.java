package dev.comptoir.orders.checkout;

import java.util.List;

/**
 * The ACP extensions this merchant implements: {@code discount} (the spec's) and {@code personalization} (ours, served
 * under /extensions). Declared in every session's capabilities and in the discovery document.
 */
public final class Extensions {
    private Extensions() {
    }

    public static List<AcpModel.Extension> declared(String baseUrl) {
        return List.of(
                new AcpModel.Extension("discount", List.of("$.CheckoutSessionCreateRequest.discounts",
                        "$.CheckoutSessionUpdateRequest.discounts", "$.CheckoutSession.discounts"), null, null),
                new AcpModel.Extension("personalization", List.of("$.Item.customizations"),
                        baseUrl + "/extensions/personalization.schema.json",
                        baseUrl + "/extensions/personalization.md"));
    }
}
