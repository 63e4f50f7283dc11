package dev.slicewise.domain.catalog;

import dev.slicewise.domain.conversation.Language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

/** Reads the catalog's resource files; any flaw in them is a bug in the build, so it throws. */
final class CatalogResources {

    private static final String NAMES = "dev.slicewise.domain.catalog.names";
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private CatalogResources() {
    }

    static SettingsCatalog read() {
        return new SettingsCatalog(definitions(lines("settings.tsv")), names(),
                materialRanges(lines("materials.tsv")), plausible(lines("plausible.tsv")));
    }

    private static Map<String, SettingDefinition> definitions(List<String> lines) {
        Map<String, SettingDefinition> definitions = new HashMap<>();
        for (String line : lines) {
            String[] cells = line.split("\t", -1);
            if (cells.length != 10) {
                throw new IllegalStateException("settings.tsv: 10 cells expected in " + line);
            }
            ValueType type = ValueType.fromCatalogName(cells[2]);
            Optional<NumericRange> limits = type.numeric()
                    ? Optional.of(new NumericRange(new BigDecimal(cells[6]), new BigDecimal(cells[7])))
                    : Optional.empty();
            List<String> choices = cells[8].isEmpty() ? List.of() : Arrays.asList(cells[8].split("\\|"));
            SettingDefinition definition = new SettingDefinition(cells[0], Scope.valueOf(cells[1].toUpperCase(Locale.ROOT)),
                    type, cells[3].equals("rw"), cells[4].equals("1"), cells[5], limits, choices, cells[9]);
            if (definitions.put(definition.key(), definition) != null) {
                throw new IllegalStateException("settings.tsv: " + definition.key() + " twice");
            }
        }
        return definitions;
    }

    private static Map<Language, Map<String, String>> names() {
        Map<Language, Map<String, String>> names = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            ResourceBundle bundle = ResourceBundle.getBundle(NAMES, language.locale(), NO_DEFAULT_LOCALE);
            Map<String, String> byKey = new HashMap<>();
            bundle.keySet().forEach(key -> byKey.put(key, bundle.getString(key)));
            names.put(language, Map.copyOf(byKey));
        }
        return names;
    }

    private static Map<Material, Map<String, NumericRange>> materialRanges(List<String> lines) {
        String[] keys = lines.getFirst().split("\t");
        Map<Material, Map<String, NumericRange>> ranges = new EnumMap<>(Material.class);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t");
            if (cells.length != keys.length) {
                throw new IllegalStateException("materials.tsv: " + keys.length + " cells expected in " + line);
            }
            Map<String, NumericRange> byKey = new HashMap<>();
            for (int column = 1; column < cells.length; column++) {
                byKey.put(keys[column], NumericRange.parse(cells[column]));
            }
            ranges.put(Material.valueOf(cells[0]), Map.copyOf(byKey));
        }
        if (ranges.size() != Material.values().length) {
            throw new IllegalStateException("materials.tsv: one row per material expected");
        }
        return ranges;
    }

    /** Rows of key, min, max, per ({@code nozzle} or {@code -}), step (perhaps with {@code %}). */
    private static Map<String, Plausible> plausible(List<String> lines) {
        Map<String, Plausible> plausible = new HashMap<>();
        for (String line : lines) {
            String[] cells = line.split("\t");
            if (cells.length != 5) {
                throw new IllegalStateException("plausible.tsv: 5 cells expected in " + line);
            }
            boolean share = cells[4].endsWith("%");
            Plausible row = new Plausible(new NumericRange(new BigDecimal(cells[1]), new BigDecimal(cells[2])),
                    cells[3].equals("nozzle"), new BigDecimal(share ? cells[4].substring(0, cells[4].length() - 1)
                    : cells[4]), share);
            if (plausible.put(cells[0], row) != null) {
                throw new IllegalStateException("plausible.tsv: " + cells[0] + " twice");
            }
        }
        return plausible;
    }

    /** The file's lines that are neither comments nor blank. */
    private static List<String> lines(String file) {
        try (InputStream in = CatalogResources.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is part of the domain jar");
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
