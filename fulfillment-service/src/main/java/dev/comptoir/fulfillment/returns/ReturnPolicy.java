package dev.comptoir.fulfillment.returns;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Whether a return may go ahead. Every requested line must be physical (downloads are {@code not_returnable}),
 * delivered ({@code not_delivered}), delivered no longer than {@code window} ago ({@code return_window_expired}), and
 * asked for no more than was delivered less what returns of it already take back ({@code quantity_exceeds_delivered}).
 * When several lines fail, the first of these reasons, in this order, is the answer.
 */
public record ReturnPolicy(Duration window) {

    /** {@code requested}: quantity per order line id; {@code history}: per order line id, absent if never shipped. */
    public Optional<Rejection> check(Map<String, Integer> requested, Map<String, LineHistory> history,
            OffsetDateTime now) {
        if (any(requested, history, line -> line != null && line.digital())) {
            return Optional.of(Rejection.NOT_RETURNABLE);
        }
        if (any(requested, history, line -> line == null || line.delivered() == 0)) {
            return Optional.of(Rejection.NOT_DELIVERED);
        }
        if (any(requested, history, line -> now.isAfter(line.lastDeliveredAt().plus(window)))) {
            return Optional.of(Rejection.RETURN_WINDOW_EXPIRED);
        }
        if (requested.entrySet().stream().anyMatch(asked -> {
            LineHistory line = history.get(asked.getKey());
            return asked.getValue() > line.delivered() - line.returned();
        })) {
            return Optional.of(Rejection.QUANTITY_EXCEEDS_DELIVERED);
        }
        return Optional.empty();
    }

    private static boolean any(Map<String, Integer> requested, Map<String, LineHistory> history,
            Predicate<LineHistory> fails) {
        return requested.keySet().stream().map(history::get).anyMatch(fails);
    }
}
