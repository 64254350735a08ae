package dev.comptoir.platform.observability;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Carries an order's trace across Kafka: the W3C trace context of whatever appends an outbox row is stored with it,
 * sent as record headers, and the consumer applies the event in a span that continues that trace. With the
 * OpenTelemetry SDK disabled every step here is a no-op.
 */
@ApplicationScoped
public class EventTracing {
    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    private final TextMapPropagator propagator;
    private final Tracer tracer;

    public EventTracing(OpenTelemetry openTelemetry) {
        this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
        this.tracer = openTelemetry.getTracer("dev.comptoir.platform");
    }

    /** The current trace context as W3C headers ({@code traceparent}, {@code tracestate}); empty outside a trace. */
    public Map<String, String> currentContext() {
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(Context.current(), carrier, Map::put);
        return carrier;
    }

    /** Adds the stored trace context to a record's headers; nothing when none was stored. */
    public static void writeHeaders(Headers headers, String traceparent, String tracestate) {
        if (traceparent != null) {
            headers.add(TRACEPARENT, traceparent.getBytes(StandardCharsets.UTF_8));
            if (tracestate != null) {
                headers.add(TRACESTATE, tracestate.getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** Runs {@code work} in a consumer span whose parent is the trace context carried by the record's headers. */
    public void inConsumerSpan(String name, Headers headers, Runnable work) {
        Context parent = propagator.extract(Context.root(), headers, HEADERS);
        Span span = tracer.spanBuilder(name).setParent(parent).setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka").startSpan();
        try (Scope scope = span.makeCurrent()) {
            work.run();
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR);
            throw e;
        } finally {
            span.end();
        }
    }

    private static final TextMapGetter<Headers> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers headers) {
            return StreamSupport.stream(headers.spliterator(), false).map(Header::key).toList();
        }

        @Override
        public String get(Headers headers, String key) {
            Header header = headers == null ? null : headers.lastHeader(key);
            return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    };
}
