package dev.slicewise.bench.blind;

import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.knowledge.SlicingGoal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One message of the blind set (bench/blind/*.tsv) and what the reply must do. The columns are {@code id, language,
 * message, intent, goal, setting, direction, value}: the goal is a {@link SlicingGoal}, {@code NONE} for a settings
 * request without one, empty for any other intent; the setting is the OrcaSlicer key that must move ({@code a|b} when
 * either of two keys is the one users mean, such as the smooth and the textured plate's bed temperature); the
 * direction is {@code up}, {@code down}, {@code on}, {@code off} or {@code set}; the value, for {@code set}, is in the
 * key's unit.
 */
record BlindCase(String id, String language, String message, Intent intent, Optional<SlicingGoal> goal,
                 List<String> settings, Optional<Direction> direction, Optional<String> value) {

    static final String HEADER = "id\tlanguage\tmessage\tintent\tgoal\tsetting\tdirection\tvalue";
    static final String NO_GOAL = "NONE";

    BlindCase {
        if (message.isBlank()) {
            throw new IllegalArgumentException(id + ": empty message");
        }
        if (settings.isEmpty() != direction.isEmpty()) {
            throw new IllegalArgumentException(id + ": a setting needs a direction and a direction a setting");
        }
        if (direction.equals(Optional.of(Direction.SET)) != value.isPresent()) {
            throw new IllegalArgumentException(id + ": a value goes with the direction set, and only with it");
        }
        if (intent != Intent.DETERMINE_SLICING_SETTINGS && (goal.isPresent() || !settings.isEmpty())) {
            throw new IllegalArgumentException(id + ": a goal or a setting belongs to a settings request only");
        }
    }

    boolean isSettingsRequest() {
        return intent == Intent.DETERMINE_SLICING_SETTINGS;
    }

    /** Reads every {@code *.tsv} of the folder, in the order of the file names, and checks that ids are unique. */
    static List<BlindCase> load(Path folder) {
        List<BlindCase> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
                cases.addAll(read(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> ids = new HashSet<>();
        for (BlindCase c : cases) {
            if (!ids.add(c.id())) {
                throw new IllegalArgumentException("duplicate id " + c.id());
            }
        }
        if (cases.isEmpty()) {
            throw new IllegalArgumentException("no *.tsv in " + folder);
        }
        return cases;
    }

    private static List<BlindCase> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.getFirst().equals(HEADER)) {
            throw new IllegalArgumentException(file + ": the first line must be the header " + HEADER);
        }
        List<BlindCase> cases = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] column = line.split("\t", -1);
            if (column.length != 8) {
                throw new IllegalArgumentException(file + ": 8 columns expected in " + line);
            }
            cases.add(new BlindCase(column[0], column[1], column[2], Intent.valueOf(column[3]), goal(column[4]),
                    column[5].isEmpty() ? List.of() : List.of(column[5].split("\\|")),
                    column[6].isEmpty() ? Optional.empty() : Optional.of(Direction.parse(column[6])),
                    column[7].isEmpty() ? Optional.empty() : Optional.of(column[7])));
        }
        return cases;
    }

    private static Optional<SlicingGoal> goal(String column) {
        return column.isEmpty() || column.equals(NO_GOAL) ? Optional.empty() : Optional.of(SlicingGoal.valueOf(column));
    }

    /** The expectation in one line, for the failures file. */
    String expected() {
        StringBuilder text = new StringBuilder(intent.name());
        if (isSettingsRequest()) {
            text.append(" goal=").append(goal.map(Enum::name).orElse(NO_GOAL));
        }
        direction.ifPresent(d -> text.append(' ').append(String.join("|", settings)).append(' ').append(d.word()));
        value.ifPresent(v -> text.append(' ').append(v));
        return text.toString();
    }
}
