package dev.slicewise.bootstrap;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reads a value out of the text {@code GET /metrics} answers. */
final class PrometheusText {

    private PrometheusText() {
    }

    /**
     * The value of the one series of {@code name} whose labels contain all of {@code labels} ({@code api="native"}),
     * 0 when there is none yet (a counter that has not counted).
     */
    static double value(String metrics, String name, String... labels) {
        Matcher series = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{.*})? (\\S+)$").matcher(metrics);
        double found = Double.NaN;
        while (series.find()) {
            String labelSet = series.group(1) == null ? "" : series.group(1);
            if (List.of(labels).stream().allMatch(labelSet::contains)) {
                assertTrue(Double.isNaN(found), "more than one series of " + name + " with " + List.of(labels));
                found = Double.parseDouble(series.group(2));
            }
        }
        return Double.isNaN(found) ? 0 : found;
    }
}
