package dev.comptoir.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.configuration.MemorySize;
import io.restassured.response.Response;
import java.net.SocketException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Sends hostile requests to one service, in its JVM, and checks what a hostile agent or a careless merchant must get:
 * never a 5xx; a refusal (4xx) in the error shape and without any change of state; a request the case says no API may
 * accept, refused; and each request served within a time budget. Collects every failure, each named by endpoint and
 * case, and reports them together in {@link #assertAllClean()}.
 *
 * <p>The time is the server's own: what Micrometer's {@code http.server.requests} timer recorded for the request,
 * not a client-side stopwatch racing the network and the test's own work. It is held to a budget, not a benchmark:
 * a request that is linear in its (limited) size takes milliseconds, one that is quadratic or worse in a field takes
 * seconds on a pathological value; {@link #BUDGET} sits between the two with room for a shared, busy 2-core machine.
 */
public final class HostileEndpoint {
    public static final Duration BUDGET = Duration.ofSeconds(1);
    /** Refused by the HTTP layer before any application code: body, URI or headers over their limit. */
    private static final Set<Integer> TRANSPORT_REFUSALS = Set.of(413, 414, 431);
    private static final Set<String> ERROR_TYPES = Set.of("invalid_request", "processing_error",
            "service_unavailable", "request_not_idempotent");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Path or query values, percent-encoded as sent: send them with URL encoding off. */
    public static final Map<String, String> PATHOLOGICAL_PARAMETERS = ordered(
            "100k characters", "x".repeat(100_000),
            "3000 characters", "x".repeat(3000),
            "long unicode (300 emoji)", "%F0%9F%98%80".repeat(300),
            "NUL", "a%00b",
            "CR/LF", "a%0D%0ASet-Cookie:%20x=1",
            "invalid UTF-8", "%FF%FE%C0%AF",
            "encoded surrogate", "%ED%A0%80",
            "RTL override", "%E2%80%AEgpj",
            "path traversal", "..%2F..%2Fetc%2Fpasswd",
            "SQL", "'%20OR%201%3D1--",
            "HTML", "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "blank", "%20");

    /** Values for a numeric query parameter (a limit, an offset): all but the absent one must be refused. */
    public static final Map<String, String> HOSTILE_NUMBERS = ordered(
            "-1", "-1",
            "0", "0",
            "2^31", "2147483648",
            "2^63", "9223372036854775808",
            "1e400", "1e400",
            "1.5", "1.5",
            "not a number", "abc",
            "1 000 digits", "9".repeat(1000));

    /** {@code values} without the named ones (e.g. "blank" where a blank parameter rightly means an absent one). */
    public static Map<String, String> except(Map<String, String> values, String... names) {
        Map<String, String> kept = new LinkedHashMap<>(values);
        List.of(names).forEach(kept::remove);
        return kept;
    }

    private final MeterRegistry registry;
    private final Supplier<?> state;
    private final Consumer<String> errorShape;
    private final List<String> failures = new ArrayList<>();
    private int requests;

    /**
     * @param registry the service's registry, for its {@code http.server.requests} timer
     * @param state a snapshot of everything a refused request must leave untouched, compared with {@code equals}
     * @param errorShape fails unless the body is a valid error of this surface (e.g. {@link #assertApiError})
     */
    public HostileEndpoint(MeterRegistry registry, Supplier<?> state, Consumer<String> errorShape) {
        this.registry = registry;
        this.state = state;
        this.errorShape = errorShape;
    }

    /** The service's request-body limit, {@code quarkus.http.limits.max-body-size} (Quarkus' default: 10M). */
    public static long bodyLimit() {
        return ConfigProvider.getConfig().getOptionalValue("quarkus.http.limits.max-body-size", MemorySize.class)
                .map(MemorySize::asLongValue).orElse(10L * 1024 * 1024);
    }

    /** Every case of {@link HostileBodies#everyField}, and {@code random} seeded ones. */
    public static List<HostileBodies.Case> cases(String validBody, long seed, int random) {
        List<HostileBodies.Case> cases = new ArrayList<>(HostileBodies.everyField(validBody));
        cases.addAll(HostileBodies.random(seed, random, validBody));
        return cases;
    }

    /**
     * {@link #cases} and {@link HostileBodies#sized bodies around the size limit}: those cost a second or more each
     * to send on a busy machine, and the limit is the HTTP layer's, the same for every endpoint of a service; give them
     * to one endpoint of each kind (a JSON-typed body, a raw body read by the resource).
     */
    public static List<HostileBodies.Case> casesUpToTheLimit(String validBody, long seed, int random) {
        List<HostileBodies.Case> cases = new ArrayList<>(cases(validBody, seed, random));
        cases.addAll(HostileBodies.sized(validBody, bodyLimit()));
        return cases;
    }

    /** Sends each body with {@code send}. */
    public void bodies(String endpoint, List<HostileBodies.Case> cases, Function<String, Response> send) {
        long limit = bodyLimit();
        for (HostileBodies.Case hostile : cases) {
            check(endpoint, hostile.name(), hostile.mustRefuse(), hostile.body().length() > limit,
                    () -> send.apply(hostile.body()));
        }
    }

    /**
     * Sends each of {@code values} (name → percent-encoded value) with {@code send}, which puts it in the path or the
     * query with URL encoding off. {@code mustRefuse}: whether a 2xx is wrong (a write under a junk id) or fine (a
     * lookup that finds nothing).
     */
    public void parameters(String endpoint, Map<String, String> values, boolean mustRefuse,
            Function<String, Response> send) {
        int lineLimit = ConfigProvider.getConfig()
                .getOptionalValue("quarkus.http.limits.max-initial-line-length", Integer.class).orElse(4096);
        values.forEach((name, value) -> check(endpoint, name, mustRefuse, value.length() > lineLimit,
                () -> send.apply(value)));
    }

    /**
     * {@code overLimit}: the server may answer 413 or 414 and close the connection before the client has sent it all.
     */
    private void check(String endpoint, String name, boolean mustRefuse, boolean overLimit,
            Supplier<Response> send) {
        String what = endpoint + " — " + name;
        requests++;
        Object before = state.get();
        long[] serverBefore = serverTime();
        Response response;
        try {
            response = send.get();
        } catch (Exception | AssertionError e) {
            if (!(overLimit && e instanceof SocketException)) {
                failures.add(what + ": the request failed: " + abbreviated(String.valueOf(e)));
            } else if (!Objects.equals(before, state.get())) {
                failures.add(what + ": cut off, but changed the state");
            }
            return;
        }
        int status = response.statusCode();
        String body = response.asString();
        String answer = " → " + status + " " + abbreviated(body);
        if (status >= 500) {
            failures.add(what + answer);
        } else if (status >= 400) {
            if (!TRANSPORT_REFUSALS.contains(status)) {
                try {
                    errorShape.accept(body);
                } catch (AssertionError | RuntimeException e) {
                    failures.add(what + answer + ": not an error of this surface: " + abbreviated(e.getMessage()));
                }
            }
            if (!Objects.equals(before, state.get())) {
                failures.add(what + answer + ": refused, but changed the state");
            }
        } else if (mustRefuse) {
            failures.add(what + answer + ": accepted");
        }
        Duration took = serverTimeSince(serverBefore);
        if (took != null && took.compareTo(BUDGET) > 0) {
            // The first request to a resource also pays for class loading, query compilation and a cold JIT: a
            // request slow by nature (quadratic in a field) is as slow the second time.
            long[] again = serverTime();
            send.get();
            took = serverTimeSince(again);
        }
        if (took == null) {
            failures.add(what + answer + ": the server recorded no time for it");
        } else if (took.compareTo(BUDGET) > 0) {
            failures.add(what + answer + ": took " + took.toMillis() + " ms of server time, over the "
                    + BUDGET.toMillis() + " ms budget");
        }
    }

    /** Fails listing every failure seen, if any. */
    public void assertAllClean() {
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " of " + requests + " hostile requests were not refused "
                    + "cleanly:\n  " + String.join("\n  ", failures.subList(0, Math.min(400, failures.size()))));
        }
    }

    /** Fails unless {@code body} is an {@code ApiError}: {type, code, message, param}. */
    public static void assertApiError(String body) {
        JsonNode error;
        try {
            error = JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("not JSON");
        }
        if (error == null || !error.isObject() || !ERROR_TYPES.contains(error.path("type").asText())
                || error.path("code").asText().isBlank() || error.path("message").asText().isBlank()
                || !(error.path("param").isMissingNode() || error.path("param").isTextual())) {
            throw new AssertionError("not {type, code, message, param?}");
        }
    }

    /**
     * A snapshot of {@code tables}: each one's rows, hashed in the database (md5 of the rows in order), so that any
     * insert, update or delete shows.
     */
    public static Supplier<Map<String, String>> tables(DataSource dataSource, String... tables) {
        return () -> {
            Map<String, String> snapshot = new TreeMap<>();
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                for (String table : tables) {
                    try (ResultSet rows = statement.executeQuery("select count(*) || ':' || coalesce(md5(string_agg("
                            + "t::text, '|' order by t::text)), '') from " + table + " t")) {
                        rows.next();
                        snapshot.put(table, rows.getString(1));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return snapshot;
        };
    }

    /** The count and total time of every {@code http.server.requests} timer; requests here are sequential. */
    private long[] serverTime() {
        long count = 0;
        long nanos = 0;
        for (Timer timer : registry.find("http.server.requests").timers()) {
            count += timer.count();
            nanos += (long) timer.totalTime(TimeUnit.NANOSECONDS);
        }
        return new long[] {count, nanos};
    }

    /** The server time of the request sent since {@code before}; the timer may record just after the answer left. */
    private Duration serverTimeSince(long[] before) {
        try {
            long[] after = Awaitility.await().pollInterval(Duration.ofMillis(2)).atMost(Duration.ofSeconds(5))
                    .until(this::serverTime, now -> now[0] > before[0]);
            return Duration.ofNanos(after[1] - before[1]);
        } catch (ConditionTimeoutException noTimeRecorded) {
            return null;
        }
    }

    /** The start of {@code text}, in printable ASCII: a report must survive a split surrogate or a NUL. */
    private static String abbreviated(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder shown = new StringBuilder();
        text.chars().limit(200).forEach(c -> shown.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c)
                : String.format("\\u%04x", c)));
        return text.length() > 200 ? shown + "…" : shown.toString();
    }

    private static Map<String, String> ordered(String... namesAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }
}
