package dev.slicewise.adapter.llm.embedded.intent;

import dev.slicewise.domain.assistant.Intent;

import java.util.List;

/**
 * The labelled utterances shipped with the intent classifier: {@code utterances.tsv} next to this class,
 * {@code language intent utterance}, split as every {@link LabelledDataset}.
 */
public final class IntentDataset {

    private static final String RESOURCE = "utterances.tsv";
    static final String HEADER = "language\tintent\tutterance";

    private IntentDataset() {
    }

    /** Reads the shipped dataset from the classpath. */
    public static LabelledDataset<LabelledUtterance> load() {
        return LabelledDataset.load(RESOURCE, HEADER, IntentDataset::row, IntentDataset::group);
    }

    /** Reads dataset lines, the header first; a malformed line fails with its line number. */
    static LabelledDataset<LabelledUtterance> parse(List<String> lines) {
        return LabelledDataset.parse(RESOURCE, HEADER, lines, IntentDataset::row, IntentDataset::group);
    }

    private static LabelledUtterance row(String language, String intent, String utterance) {
        return new LabelledUtterance(language, Intent.valueOf(intent), utterance);
    }

    private static String group(LabelledUtterance utterance) {
        return utterance.language() + "\t" + utterance.intent();
    }
}
