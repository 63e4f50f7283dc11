package dev.slicewise.adapter.llm.embedded;

import java.math.BigDecimal;

/** A value the user spelled out for a setting. */
sealed interface Requested {

    Setting setting();

    /** A number next to the setting: "infill 40%", "3 walls", "0.16 layer height". */
    record Amount(Setting setting, BigDecimal value) implements Requested {
    }

    /** The setting switched on, or off when a negation stands next to it: "add a brim", "no supports". */
    record Switch(Setting setting, boolean on) implements Requested {
    }
}
