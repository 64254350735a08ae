package dev.comptoir.bench;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** A self-contained HTML page: the run's figures and, per step, bars for p50, p90, p99 and max drawn in inline SVG. */
public final class HtmlChart {
    private static final int LABEL_WIDTH = 170;
    private static final int BAR_AREA = 560;
    private static final int BAR_HEIGHT = 12;
    private static final int STEP_GAP = 14;
    private static final List<Series> SERIES = List.of(
            new Series("p50", "#4c78a8", StepLatency::p50Ms),
            new Series("p90", "#72b7b2", StepLatency::p90Ms),
            new Series("p99", "#f58518", StepLatency::p99Ms),
            new Series("max", "#e45756", StepLatency::maxMs));

    private record Series(String name, String colour, ToDoubleFunction<StepLatency> value) {
    }

    private HtmlChart() {
    }

    public static String render(Report report) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Comptoir bench</title>
                <style>body{font-family:sans-serif;margin:2em}td,th{padding:2px 10px;text-align:right}
                th:first-child,td:first-child{text-align:left}</style></head><body>
                <h1>Comptoir bench</h1>
                """);
        html.append(String.format(Locale.ROOT, "<p>Started %s, %d agents, %.2f s: %d attempted, %d confirmed, "
                        + "%d failed, <strong>%.2f orders/s</strong>.</p>%n", escape(report.startedAt()),
                report.agents(), report.elapsedSeconds(), report.attempted(), report.confirmed(), report.failed(),
                report.confirmedPerSecond()));
        report.rate().ifPresent(rate -> html.append(String.format(Locale.ROOT, "<p>Rate: %.2f checkouts/s asked, "
                + "%.2f/s started, %d could not start on time (every agent busy).</p>%n", rate.askedPerSecond(),
                rate.startedPerSecond(), rate.missedStarts())));
        html.append(svg(report.steps()));
        html.append("<h2>Latency (ms)</h2>\n<table><tr><th>step</th><th>count</th><th>p50</th><th>p90</th>"
                + "<th>p99</th><th>max</th><th>mean</th></tr>\n");
        for (StepLatency step : report.steps()) {
            html.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%d</td><td>%.2f</td><td>%.2f</td>"
                            + "<td>%.2f</td><td>%.2f</td><td>%.2f</td></tr>%n", escape(step.step()), step.count(),
                    step.p50Ms(), step.p90Ms(), step.p99Ms(), step.maxMs(), step.meanMs()));
        }
        html.append("</table>\n<h2>Errors by kind</h2>\n");
        if (report.errors().isEmpty()) {
            html.append("<p>No errors.</p>\n");
        } else {
            html.append("<table><tr><th>kind</th><th>count</th></tr>\n");
            report.errors().forEach((kind, count) -> html.append("<tr><td>").append(escape(kind))
                    .append("</td><td>").append(count).append("</td></tr>\n"));
            html.append("</table>\n");
        }
        if (!report.baselines().isEmpty()) {
            html.append("<h2>Limits of this machine</h2>\n<p>Same stack, measured before the run; kafka: "
                    + "produce-to-consume round trips.</p>\n<table><tr><th>limit</th><th>per second</th>"
                    + "<th>p50 ms</th><th>p99 ms</th></tr>\n");
            for (BaselineResult baseline : report.baselines()) {
                html.append(baseline.measured()
                        ? String.format(Locale.ROOT, "<tr><td>%s</td><td>%.1f %s</td><td>%.2f</td><td>%.2f</td>"
                                + "</tr>%n", escape(baseline.name()), baseline.perSecond(), escape(baseline.unit()),
                                baseline.p50Ms(), baseline.p99Ms())
                        : "<tr><td>" + escape(baseline.name()) + "</td><td colspan=\"3\">not measured: "
                                + escape(baseline.reason()) + "</td></tr>\n");
            }
            html.append("</table>\n");
        }
        report.costs().ifPresent(costs -> html.append("<h2>Per confirmed order</h2>\n<pre>")
                .append(escape(Report.costsLine(costs).strip())).append("</pre>\n"));
        if (!report.limits().isEmpty() || report.completeAgainstNoOp().isPresent()) {
            html.append("<h2>Share of each limit</h2>\n<ul>\n");
            report.limits().forEach(limit -> html.append("<li>").append(escape(limit.line())).append("</li>\n"));
            report.completeAgainstNoOp().ifPresent(line -> html.append("<li>").append(escape(line)).append("</li>\n"));
            html.append("</ul>\n");
        }
        report.resources().ifPresent(use -> html.append("<h2>Resources</h2>\n<pre>")
                .append(escape(Report.resourcesText(use).strip())).append("</pre>\n"));
        report.chaos().ifPresent(outcome -> html.append("<h2>Chaos</h2>\n<pre>")
                .append(escape(Report.chaosText(outcome).strip())).append("</pre>\n"));
        return html.append("</body></html>\n").toString();
    }

    private static String svg(List<StepLatency> steps) {
        double longest = steps.stream().mapToDouble(StepLatency::maxMs).max().orElse(0);
        double scale = longest > 0 ? BAR_AREA / longest : 0;
        int stepHeight = SERIES.size() * BAR_HEIGHT + STEP_GAP;
        int height = steps.size() * stepHeight + 30;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-size=\"11\">%n",
                LABEL_WIDTH + BAR_AREA + 90, height));
        for (int s = 0; s < SERIES.size(); s++) {
            Series series = SERIES.get(s);
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"4\" width=\"10\" height=\"10\" fill=\"%s\"/>"
                    + "<text x=\"%d\" y=\"13\">%s</text>%n", LABEL_WIDTH + s * 60, series.colour(),
                    LABEL_WIDTH + s * 60 + 14, series.name()));
        }
        for (int i = 0; i < steps.size(); i++) {
            StepLatency step = steps.get(i);
            int top = 26 + i * stepHeight;
            svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\">%s</text>%n",
                    top + SERIES.size() * BAR_HEIGHT / 2 + 4, escape(step.step())));
            for (int s = 0; s < SERIES.size(); s++) {
                Series series = SERIES.get(s);
                double value = series.value().applyAsDouble(step);
                int y = top + s * BAR_HEIGHT;
                svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" "
                                + "fill=\"%s\"><title>%s %s %.2f ms</title></rect>"
                                + "<text x=\"%.1f\" y=\"%d\">%.2f</text>%n", LABEL_WIDTH, y, value * scale,
                        BAR_HEIGHT - 2, series.colour(), escape(step.step()), series.name(), value,
                        LABEL_WIDTH + value * scale + 4, y + BAR_HEIGHT - 3, value));
            }
        }
        return svg.append("</svg>\n").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
