package dev.slicewise.adapter.llm.embedded.intent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A dataset of labelled utterances shipped next to the classifiers (UTF-8, tab-separated {@code language label
 * utterance}, one header line) and its fixed split into training and held-out parts: within each (language, label)
 * group, in file order, the 5th, 10th, 15th... utterance is held out and every other one is for training, so adding
 * lines at the end of a group never moves earlier ones. The intent dataset and the goal dataset are two of them.
 */
public final class LabelledDataset<T> {

    /** Every {@code HELD_OUT_EVERY}-th utterance of each (language, label) group, in file order, is held out. */
    private static final int HELD_OUT_EVERY = 5;

    /** The two disjoint parts of the dataset: the model learns from the first and is measured on the second. */
    public record Split<T>(List<T> training, List<T> heldOut) {

        public Split {
            training = List.copyOf(training);
            heldOut = List.copyOf(heldOut);
        }
    }

    /** One line's utterance, made from its three columns; an {@link IllegalArgumentException} when they are wrong. */
    interface Row<T> {
        T of(String language, String label, String utterance);
    }

    private final List<T> utterances;
    private final Function<T, String> group;

    private LabelledDataset(List<T> utterances, Function<T, String> group) {
        this.utterances = List.copyOf(utterances);
        this.group = group;
    }

    /** Reads a dataset of the classpath, next to this class. */
    static <T> LabelledDataset<T> load(String resource, String header, Row<T> row, Function<T, String> group) {
        try (InputStream in = LabelledDataset.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(resource, header, reader.lines().toList(), row, group);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Reads dataset lines, the header first; a malformed line fails with its line number. */
    static <T> LabelledDataset<T> parse(String resource, String header, List<String> lines, Row<T> row,
                                        Function<T, String> group) {
        if (lines.isEmpty() || !lines.getFirst().equals(header)) {
            throw new IllegalArgumentException(resource + " must start with the header line: " + header);
        }
        List<T> utterances = new ArrayList<>(lines.size() - 1);
        for (int i = 1; i < lines.size(); i++) {
            String[] columns = lines.get(i).split("\t", -1);
            if (columns.length != 3) {
                throw new IllegalArgumentException(resource + " line " + (i + 1)
                        + ": expected 3 tab-separated columns, found " + columns.length);
            }
            try {
                utterances.add(row.of(columns[0], columns[1], columns[2]));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(resource + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return new LabelledDataset<>(utterances, group);
    }

    public List<T> all() {
        return utterances;
    }

    /** The fixed split (see the class). */
    public Split<T> split() {
        Map<String, Integer> seenPerGroup = new HashMap<>();
        List<T> training = new ArrayList<>();
        List<T> heldOut = new ArrayList<>();
        for (T utterance : utterances) {
            int position = seenPerGroup.merge(group.apply(utterance), 1, Integer::sum);
            (position % HELD_OUT_EVERY == 0 ? heldOut : training).add(utterance);
        }
        return new Split<>(training, heldOut);
    }
}
