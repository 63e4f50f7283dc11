package dev.slicewise.bench.design;

import dev.slicewise.domain.cad.PartFamily;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One blind design request of {@code bench/cad/requests.tsv}: the message, the family it asks for, the bounding box
 * it must build (millimetres; for a round part X and Y are its diameter) and further values it states (parameter
 * name to value, lengths in millimetres).
 */
record DesignRequest(String id, String language, String message, PartFamily family, double[] box,
                     Map<String, Double> checks) {

    DesignRequest {
        if (id.isBlank() || language.isBlank() || message.isBlank()) {
            throw new IllegalArgumentException("a request needs an id, a language and a message");
        }
        if (box.length != 3 || box[0] <= 0 || box[1] <= 0 || box[2] <= 0) {
            throw new IllegalArgumentException(id + ": the box needs three positive sizes");
        }
        box = box.clone();
        checks = Collections.unmodifiableMap(new LinkedHashMap<>(checks));
    }

    /** The requests of the file: tab-separated rows after the header row, '#' lines are comments. */
    static List<DesignRequest> read(Path file) throws IOException {
        List<DesignRequest> requests = new ArrayList<>();
        boolean header = true;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            requests.add(parse(line));
        }
        return requests;
    }

    static DesignRequest parse(String line) {
        String[] columns = line.split("\t", -1);
        if (columns.length != 6) {
            throw new IllegalArgumentException("6 columns expected, not " + columns.length + ": " + line);
        }
        String[] sizes = columns[4].split("x");
        if (sizes.length != 3) {
            throw new IllegalArgumentException(columns[0] + ": box X x Y x Z expected, not " + columns[4]);
        }
        double[] box = new double[3];
        for (int axis = 0; axis < 3; axis++) {
            box[axis] = Double.parseDouble(sizes[axis]);
        }
        Map<String, Double> checks = new LinkedHashMap<>();
        for (String check : columns[5].trim().split("\\s+")) {
            if (!check.isEmpty()) {
                String[] pair = check.split("=");
                if (pair.length != 2) {
                    throw new IllegalArgumentException(columns[0] + ": parameter=value expected, not " + check);
                }
                checks.put(pair[0], Double.parseDouble(pair[1]));
            }
        }
        return new DesignRequest(columns[0], columns[1], columns[2], PartFamily.valueOf(columns[3]), box, checks);
    }

    /** Whether the part is the same turned a quarter about Z, so that its X and Y may come in either order. */
    boolean turnsAboutZ() {
        return family == PartFamily.HOLE_PLATE || family == PartFamily.BOX && checks.getOrDefault("lid", 0.0) == 0;
    }

    /** The expected box and checks, for the list of misses. */
    String expected() {
        String sizes = shown(box[0]) + "x" + shown(box[1]) + "x" + shown(box[2]);
        StringBuilder text = new StringBuilder(family + " " + sizes);
        checks.forEach((name, value) -> text.append(' ').append(name).append('=').append(shown(value)));
        return text.toString();
    }

    /** A number as the report shows it: at most three decimals, no trailing zeros. */
    static String shown(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
