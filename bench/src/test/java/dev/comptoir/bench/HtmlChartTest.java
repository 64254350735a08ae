package dev.comptoir.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlChartTest {
    private static final Report REPORT = new Report("2026-11-30T00:00:00Z", 10, 2, 3, 2, 1, 0.2, Optional.empty(),
            List.of(new StepLatency("complete", 2, 10, 20, 40, 80, 15),
                    new StepLatency("complete_to_confirmed", 2, 5, 10, 20, 40, 7.5)),
            Map.of("complete http_400 <script>", 1L), List.of(), Optional.empty(), List.of(), Optional.empty(),
            Optional.empty(), Optional.empty());

    @Test
    void eachStepGetsFourBarsScaledToTheLongestMaximum() {
        String html = HtmlChart.render(REPORT);

        assertEquals(8, Pattern.compile("<rect [^>]*><title>").matcher(html).results().count(),
                "two steps, four bars each");
        assertTrue(html.contains("width=\"560.0\""), "the longest max fills the bar area");
        assertTrue(html.contains("width=\"70.0\""), "p50 of complete is an eighth of it");
    }

    @Test
    void pageIsSelfContainedAndEscapesWhatTheServerSent() {
        String html = HtmlChart.render(REPORT);

        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<svg"));
        assertFalse(html.contains("<script"), "no script, nothing fetched");
        assertFalse(html.contains("src=") || html.contains("href="), "no outside resource");
        assertTrue(html.contains("complete http_400 &lt;script&gt;"));
        assertTrue(html.contains("0.20 orders/s"));
    }
}
