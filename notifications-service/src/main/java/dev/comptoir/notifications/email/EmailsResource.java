package dev.comptoir.notifications.email;

import dev.comptoir.platform.auth.Authenticated;
import dev.comptoir.platform.auth.Caller;
import dev.comptoir.platform.errors.ApiException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The merchant's view of the e-mails sent to customers. */
@Path("/emails")
@Authenticated(Caller.MERCHANT)
@Produces(MediaType.APPLICATION_JSON)
public class EmailsResource {

    @GET
    public List<EmailView> byOrder(@QueryParam("order_id") String orderId) {
        if (orderId == null || orderId.isBlank()) {
            throw ApiException.badRequest("missing", "order_id is required", "order_id");
        }
        return EmailMessage.forOrder(orderId).stream().map(EmailView::of).toList();
    }
}
