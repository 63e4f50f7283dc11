package dev.slicewise.adapter.llm.embedded;

/** Kinds of words the rules look for besides the intents' own phrases. */
enum Cue {
    /** A question is being asked. */
    QUESTION,
    /** The message is about 3D printing. */
    PRINTING,
    /** Asking for advice or an improvement: "recommend", "improve", "better". */
    ADVICE,
    /** A word that changes a setting: "add", "increase", "without". */
    CHANGE,
    /** Switches the setting it is next to off: "no supports". */
    NEGATION,
    /** A goal named with it is wanted more: "much stronger". */
    INTENSIFIER,
    /** The goal asked for last is wanted more: "even more". */
    FURTHER,
    /** The setting next to it stays as it is: "keep the layer height". */
    KEEP;

    String group() {
        return "cue." + name();
    }
}
