package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.domain.catalog.Direction;

import java.math.BigDecimal;

/** What the user asks of a setting they name: a value, a move one way, on or off, or to keep it. */
sealed interface Requested {

    Setting setting();

    /** A number next to the setting, in the unit written after it if any: "infill 40%", "3 walls", "outer wall 60 mm/s". */
    record Amount(Setting setting, BigDecimal value, Unit unit) implements Requested {
    }

    /** A direction next to the setting: "wider brim", "more top layers", "slower outer wall". */
    record Move(Setting setting, Heading heading) implements Requested {
    }

    /**
     * Which way a word moves the setting next to it, and which of its amounts when the word says ("wider" a length,
     * "slower" a speed; "more" the setting's first amount).
     */
    enum Heading {
        MORE(Cue.MORE, Direction.UP, Unit.NONE),
        LESS(Cue.LESS, Direction.DOWN, Unit.NONE),
        WIDER(Cue.WIDER, Direction.UP, Unit.LENGTH),
        NARROWER(Cue.NARROWER, Direction.DOWN, Unit.LENGTH),
        FASTER(Cue.FASTER, Direction.UP, Unit.SPEED),
        SLOWER(Cue.SLOWER, Direction.DOWN, Unit.SPEED);

        private final Cue cue;
        private final Direction direction;
        private final Unit unit;

        Heading(Cue cue, Direction direction, Unit unit) {
            this.cue = cue;
            this.direction = direction;
            this.unit = unit;
        }

        Cue cue() {
            return cue;
        }

        Direction direction() {
            return direction;
        }

        /** The unit of the amount it moves; {@link Unit#NONE}: the setting's first. */
        Unit unit() {
            return unit;
        }
    }

    /** The setting switched on, or off when a negation stands next to it: "add a brim", "no supports". */
    record Switch(Setting setting, boolean on) implements Requested {
    }

    /** The setting kept as it is: "actually keep the layer height". */
    record Keep(Setting setting) implements Requested {
    }
}
