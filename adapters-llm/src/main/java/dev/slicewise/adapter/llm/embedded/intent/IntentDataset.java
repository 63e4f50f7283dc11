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

import dev.slicewise.domain.assistant.Intent;

/**
 * The labelled utterances shipped with the classifier ({@code utterances.tsv} next to this class: UTF-8,
 * tab-separated {@code language intent utterance}, one header line) and their fixed split into training and
 * held-out parts.
 */
public final class IntentDataset {

    private static final String RESOURCE = "utterances.tsv";
    static final String HEADER = "language\tintent\tutterance";
    /** Every {@code HELD_OUT_EVERY}-th utterance of each (language, intent) group, in file order, is held out. */
    private static final int HELD_OUT_EVERY = 5;

    /** The two disjoint parts of the dataset: the model learns from the first and is measured on the second. */
    public record Split(List<LabelledUtterance> training, List<LabelledUtterance> heldOut) {

        public Split {
            training = List.copyOf(training);
            heldOut = List.copyOf(heldOut);
        }
    }

    private final List<LabelledUtterance> utterances;

    private IntentDataset(List<LabelledUtterance> utterances) {
        this.utterances = List.copyOf(utterances);
    }

    /** Reads the shipped dataset from the classpath. */
    public static IntentDataset load() {
        try (InputStream in = IntentDataset.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads dataset lines, the header first; a malformed line fails with its line number. */
    static IntentDataset parse(List<String> lines) {
        if (lines.isEmpty() || !lines.getFirst().equals(HEADER)) {
            throw new IllegalArgumentException(RESOURCE + " must start with the header line: " + HEADER);
        }
        List<LabelledUtterance> utterances = new ArrayList<>(lines.size() - 1);
        for (int i = 1; i < lines.size(); i++) {
            utterances.add(parseLine(lines.get(i), i + 1));
        }
        return new IntentDataset(utterances);
    }

    private static LabelledUtterance parseLine(String line, int lineNumber) {
        String[] columns = line.split("\t", -1);
        if (columns.length != 3) {
            throw new IllegalArgumentException(
                    RESOURCE + " line " + lineNumber + ": expected 3 tab-separated columns, found " + columns.length);
        }
        try {
            return new LabelledUtterance(columns[0], Intent.valueOf(columns[1]), columns[2]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(RESOURCE + " line " + lineNumber + ": " + e.getMessage(), e);
        }
    }

    public List<LabelledUtterance> all() {
        return utterances;
    }

    /**
     * The fixed split: within each (language, intent) group, in file order, the 5th, 10th, 15th... utterance is
     * held out and every other one is for training. Adding lines at the end of a group never moves earlier ones.
     */
    public Split split() {
        Map<String, Integer> seenPerGroup = new HashMap<>();
        List<LabelledUtterance> training = new ArrayList<>();
        List<LabelledUtterance> heldOut = new ArrayList<>();
        for (LabelledUtterance utterance : utterances) {
            int position = seenPerGroup.merge(utterance.language() + "\t" + utterance.intent(), 1, Integer::sum);
            (position % HELD_OUT_EVERY == 0 ? heldOut : training).add(utterance);
        }
        return new Split(training, heldOut);
    }
}
