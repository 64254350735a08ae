package dev.comptoir.orders.order;

import dev.comptoir.platform.auth.Authenticated;
import dev.comptoir.platform.auth.Caller;
import dev.comptoir.platform.errors.ApiException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The merchant's order list, newest first, optionally by ACP status (e.g. {@code manual_review} to work on). */
@Path("/admin/orders")
@Authenticated(Caller.MERCHANT)
@Produces(MediaType.APPLICATION_JSON)
public class OrdersAdminResource {
    private static final int MAX_LIMIT = 200;

    private final String baseUrl;

    public OrdersAdminResource(@ConfigProperty(name = "comptoir.shop.base-url") String baseUrl) {
        this.baseUrl = baseUrl;
    }

    @GET
    public List<OrderView> list(@QueryParam("status") String status,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.badRequest("invalid", "limit is 1 to " + MAX_LIMIT, "limit");
        }
        List<Order> orders;
        if (status == null || status.isBlank()) {
            orders = Order.<Order>find("order by createdAt desc").page(0, limit).list();
        } else {
            OrderStatus wanted = Arrays.stream(OrderStatus.values()).filter(value -> value.acpName().equals(status))
                    .findFirst().orElseThrow(() -> ApiException.badRequest("invalid", "status is one of "
                            + Arrays.stream(OrderStatus.values()).map(OrderStatus::acpName).toList(), "status"));
            orders = Order.<Order>find("status = ?1 order by createdAt desc", wanted).page(0, limit).list();
        }
        return orders.stream().map(order -> OrderView.of(order, baseUrl)).toList();
    }
}
