package dev.slicewise.adapter.llm.embedded;

/** Kinds of words the rules look for besides the intents' own phrases. */
enum Cue {
    /** A question is being asked. */
    QUESTION,
    /** The message is about 3D printing. */
    PRINTING,
    /** Asking for advice or an improvement: "recommend", "improve", "better". */
    ADVICE,
    /**
     * Asks which settings to use or how to set up the print, with or without a goal: "which settings should I use?",
     * "how should I set this up?".
     */
    SETUP,
    /** A word that changes a setting: "add", "increase", "without". */
    CHANGE,
    /** Switches the setting it is next to off: "no supports". */
    NEGATION,
    /** A goal named with it is wanted more: "much stronger". */
    INTENSIFIER,
    /** A goal named in the same clause is not wanted: "strength doesn't matter". */
    UNIMPORTANT,
    /** The goal asked for last is wanted more: "even more". */
    FURTHER,
    /** The setting next to it stays as it is: "keep the layer height". */
    KEEP,
    /** The setting next to it is raised: "more top layers", "raise the infill". */
    MORE,
    /** The setting next to it is lowered: "fewer walls", "reduce the first layer height". */
    LESS,
    /** The length of the setting next to it grows: "wider brim", "thicker top shell". */
    WIDER,
    /** The length of the setting next to it shrinks: "narrower brim", "thinner layers". */
    NARROWER,
    /** The speed of the setting next to it rises: "faster infill". */
    FASTER,
    /** The speed of the setting next to it falls: "slower outer wall". */
    SLOWER;

    String group() {
        return "cue." + name();
    }
}
