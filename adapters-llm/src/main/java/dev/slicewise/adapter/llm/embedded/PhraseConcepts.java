package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.adapter.llm.embedded.cad.PartRequestReader;
import dev.slicewise.adapter.llm.embedded.intent.Concepts;
import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.cad.PartFamily;
import dev.slicewise.domain.knowledge.defects.DefectKnowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The concepts of the engine's phrase tables, for the intent model: which task phrases, defects, settings, goals,
 * topics and cues a message contains, and the family of parts it names and whether it uses a verb of asking for a
 * part (the design words of {@link PartRequestReader}), the same names in all nine languages. A line of the dataset
 * that says "relleno" teaches the model about "infill" in every language; a message with no slicer vocabulary at all
 * says so with {@value #NO_DOMAIN_TERM}, which tells "what is inflation" from "what is infill" (the design words do
 * not count: "a box of chocolates" and "design a logo" are no slicer vocabulary).
 *
 * <p>The intent model and then the goal model read the same message on the same thread, so the concepts of the text
 * looked up last on a thread are kept for the next lookup: a pass of the phrase tables is most of the cost of a
 * classification (docs/adr/0004-intent-classifier.md).
 */
public final class PhraseConcepts implements Concepts {

    static final String NO_DOMAIN_TERM = "no-domain-term";

    private static final Concepts STANDARD = new PhraseConcepts(Vocabulary.standard());

    private final Vocabulary vocabulary;
    private final DefectKnowledge defects = DefectKnowledge.standard();
    private final PartRequestReader parts = new PartRequestReader();
    private final ThreadLocal<Found> last = new ThreadLocal<>();

    /** The concepts found in a text. */
    private record Found(String text, List<String> concepts) {
    }

    PhraseConcepts(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The concepts of the phrase tables shipped with the adapter. */
    public static Concepts standard() {
        return STANDARD;
    }

    @Override
    public List<String> in(String raw) {
        Found found = last.get();
        if (found == null || !found.text().equals(raw)) {
            found = new Found(raw, find(raw));
            last.set(found);
        }
        return found.concepts();
    }

    private List<String> find(String raw) {
        NormalisedText text = NormalisedText.of(raw);
        List<String> concepts = new ArrayList<>();
        for (Intent task : IntentRules.TASKS) {
            addIf(vocabulary.phrasesFor(task, text) > 0, "task=" + task, concepts);
        }
        addIf(vocabulary.phrasesFor(Intent.GREETING, text) > 0, "task=" + Intent.GREETING, concepts);
        defects.recognise(text.value()).stream().findFirst().ifPresent(defect -> concepts.add("defect=" + defect));
        vocabulary.settingsIn(text).forEach(mention -> concepts.add("setting=" + mention.setting()));
        vocabulary.goalsIn(text).forEach(goal -> concepts.add("goal=" + goal));
        vocabulary.topicIn(text).ifPresent(topic -> concepts.add("topic=" + topic));
        boolean domainTerm = !concepts.isEmpty();
        for (Cue cue : Cue.values()) {
            if (vocabulary.has(cue, text)) {
                concepts.add("cue=" + cue);
                domainTerm |= cue == Cue.PRINTING;
            }
        }
        addIf(!domainTerm, NO_DOMAIN_TERM, concepts);
        Optional<PartFamily> family = parts.familyIn(raw);
        family.ifPresent(named -> concepts.add("part=" + named));
        if (parts.asksToDesign(raw)) {
            concepts.add(family.isPresent() ? "design=verb-and-part" : "design=verb");
        }
        return List.copyOf(concepts);
    }

    private static void addIf(boolean condition, String concept, List<String> concepts) {
        if (condition) {
            concepts.add(concept);
        }
    }
}
