package dev.comptoir.payments.commission;

import dev.comptoir.platform.auth.Authenticated;
import dev.comptoir.platform.auth.Caller;
import dev.comptoir.platform.errors.ApiException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The merchant's statement of what an agent platform earned between two instants ({@code to} excluded). */
@Path("/platform-fees")
@Authenticated(Caller.MERCHANT)
@Produces(MediaType.APPLICATION_JSON)
public class PlatformFeesResource {
    private static final OffsetDateTime BEGINNING = OffsetDateTime.parse("2000-01-01T00:00:00Z");
    private static final OffsetDateTime END = OffsetDateTime.parse("9999-01-01T00:00:00Z");

    @GET
    public Statement statement(@QueryParam("agent") String agent, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        if (agent == null || agent.isBlank()) {
            throw ApiException.badRequest("missing", "agent (the agent platform's id) is required", "agent");
        }
        OffsetDateTime start = instant(from, "from", BEGINNING);
        OffsetDateTime end = instant(to, "to", END);
        List<PlatformFee> fees = PlatformFee.list("agentId = ?1 and createdAt >= ?2 and createdAt < ?3 "
                + "order by createdAt", agent, start, end);
        Map<String, Total> totals = new TreeMap<>();
        for (PlatformFee fee : fees) {
            Total total = totals.getOrDefault(fee.currency, new Total(fee.currency, 0, 0, 0));
            totals.put(fee.currency, fee.amount >= 0
                    ? new Total(fee.currency, total.commissions() + fee.amount, total.reversals(),
                            total.net() + fee.amount)
                    : new Total(fee.currency, total.commissions(), total.reversals() + fee.amount,
                            total.net() + fee.amount));
        }
        return new Statement(agent, from == null ? null : start, to == null ? null : end,
                List.copyOf(totals.values()), fees.stream().map(Entry::of).toList());
    }

    private static OffsetDateTime instant(String value, String param, OffsetDateTime absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("invalid", param + " is an RFC 3339 date-time", param);
        }
    }

    public record Statement(String agent, OffsetDateTime from, OffsetDateTime to, List<Total> totals,
            List<Entry> entries) {
    }

    /** Per currency, minor units: {@code net = commissions + reversals} (reversals are negative). */
    public record Total(String currency, long commissions, long reversals, long net) {
    }

    public record Entry(String orderId, String kind, long amount, String currency, int rateBasisPoints,
            OffsetDateTime createdAt) {
        static Entry of(PlatformFee fee) {
            return new Entry(fee.orderId, fee.kind, fee.amount, fee.currency, fee.rateBasisPoints, fee.createdAt);
        }
    }
}
