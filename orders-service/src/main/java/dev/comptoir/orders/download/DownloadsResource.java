package dev.comptoir.orders.download;

import dev.comptoir.orders.checkout.PricedLine;
import dev.comptoir.orders.order.Order;
import dev.comptoir.orders.order.OrderShipment;
import dev.comptoir.platform.errors.ApiException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the buyer's digital goods are fetched: the link of the order's digital delivery (in the ACP order's
 * {@code digital_delivery.access_url} and the delivery e-mail). The token is the credential.
 */
@Path("/downloads/{token}")
public class DownloadsResource {
    private final String shopName;

    public DownloadsResource(@ConfigProperty(name = "comptoir.shop.name") String shopName) {
        this.shopName = shopName;
    }

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Transactional
    public Response download(@PathParam("token") String token) {
        OrderShipment shipment = DownloadLink.isToken(token)
                ? OrderShipment.<OrderShipment>find("downloadToken", token).firstResult() : null;
        if (shipment == null) {
            throw ApiException.notFound("Download");
        }
        Order order = Order.findById(shipment.orderId);
        Map<String, PricedLine> lines = order.lines.stream()
                .collect(Collectors.toMap(line -> line.lineId, Function.identity()));
        StringBuilder text = new StringBuilder(shopName).append(": your download for order ").append(order.id)
                .append("\n\n");
        shipment.lines.forEach(line -> text.append(lines.get(line.lineId).name).append(" x").append(line.quantity)
                .append("\nLicence key: ").append(DownloadLink.licenceKey(token, line.lineId)).append("\n\n"));
        return Response.ok(text.toString())
                .header("Content-Disposition", "attachment; filename=\"" + order.id + "-downloads.txt\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
