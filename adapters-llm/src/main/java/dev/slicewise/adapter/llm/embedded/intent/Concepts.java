package dev.slicewise.adapter.llm.embedded.intent;

import java.util.List;

/**
 * What a text is about beyond its words: the names of the things a lexicon recognises in it, the same in every
 * language ("infill", "relleno" and "填充" are one concept). The model learns from the concepts of the training lines
 * what their words alone would only teach in the language they were written in.
 */
@FunctionalInterface
public interface Concepts {

    /** No lexicon: the model sees words only. */
    Concepts NONE = text -> List.of();

    /** The concepts found in the text, as short names without spaces ("setting=INFILL", "no-domain-term"). */
    List<String> in(String text);
}
