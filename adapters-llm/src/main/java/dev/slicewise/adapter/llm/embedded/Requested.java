package dev.slicewise.adapter.llm.embedded;

import java.math.BigDecimal;

/** What the user asks of a setting they name: a value, on or off, or to keep it. */
sealed interface Requested {

    Setting setting();

    /** A number next to the setting: "infill 40%", "3 walls", "0.16 layer height". */
    record Amount(Setting setting, BigDecimal value) implements Requested {
    }

    /** The setting switched on, or off when a negation stands next to it: "add a brim", "no supports". */
    record Switch(Setting setting, boolean on) implements Requested {
    }

    /** The setting kept as it is: "actually keep the layer height". */
    record Keep(Setting setting) implements Requested {
    }
}
