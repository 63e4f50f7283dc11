package dev.slicewise.domain.cad;

import dev.slicewise.domain.Require;

import java.util.List;
import java.util.Locale;

/**
 * A follow-up on the last part of a conversation ("10 mm taller", "make the teeth longer", "add a 5 mm hole in the
 * middle", "now in inches"), applied to it; the result is checked like a new part, so a change past a limit is
 * refused with its reason.
 */
public sealed interface PartChange {

    PartDesign applyTo(Part part);

    /** One parameter set to a value (millimetres for lengths). */
    record Set(String parameter, double value) implements PartChange {
        public Set {
            Require.text(parameter, "parameter", 40);
        }

        @Override
        public PartDesign applyTo(Part part) {
            return part.with(parameter, value);
        }
    }

    /** An overall size made larger or smaller by a length in millimetres ("10 mm taller", "5 mm narrower"). */
    record Resize(Dimension dimension, double millimetres) implements PartChange {
        public Resize {
            Require.present(dimension, "dimension");
        }

        @Override
        public PartDesign applyTo(Part part) {
            return part.family().parameterOf(dimension)
                    .map(name -> part.with(name, part.value(name) + millimetres))
                    .orElseGet(() -> refused(part, "a " + part.family().title() + " has no "
                            + dimension.name().toLowerCase(Locale.ROOT) + " to change"));
        }
    }

    /** An overall size multiplied by a factor ("twice as tall", "20% wider"). */
    record Scale(Dimension dimension, double factor) implements PartChange {
        public Scale {
            Require.present(dimension, "dimension");
            if (!(factor > 0)) {
                throw new IllegalArgumentException("factor must be positive");
            }
        }

        @Override
        public PartDesign applyTo(Part part) {
            return part.family().parameterOf(dimension)
                    .map(name -> part.with(name, part.value(name) * factor))
                    .orElseGet(() -> refused(part, "a " + part.family().title() + " has no "
                            + dimension.name().toLowerCase(Locale.ROOT) + " to change"));
        }
    }

    /** A gear's teeth made longer (positive) or shorter (negative) by a share of the module. */
    record ToothLength(double addendumStep) implements PartChange {
        @Override
        public PartDesign applyTo(Part part) {
            if (part.family() != PartFamily.SPUR_GEAR) {
                return refused(part, "a " + part.family().title() + " has no teeth");
            }
            return part.with("addendum", part.value("addendum") + addendumStep);
        }
    }

    /** A hole of this diameter (millimetres) through the middle: the bore where the family has one. */
    record CentreHole(double diameter) implements PartChange {
        @Override
        public PartDesign applyTo(Part part) {
            return part.family().centreHoleParameter()
                    .map(name -> part.with(name, diameter))
                    .orElseGet(() -> refused(part, "a " + part.family().title() + " has no place for a hole in the middle"));
        }
    }

    /** The same part shown in another unit; its size does not change. */
    record ConvertUnit(LengthUnit unit) implements PartChange {
        public ConvertUnit {
            Require.present(unit, "unit");
        }

        @Override
        public PartDesign applyTo(Part part) {
            return new PartDesign.Designed(new Part(part.family(), unit, part.values()));
        }
    }

    /** Several changes from one message, in order; the first refusal stops them. */
    record All(List<PartChange> changes) implements PartChange {
        public All {
            changes = List.copyOf(changes);
        }

        @Override
        public PartDesign applyTo(Part part) {
            PartDesign design = new PartDesign.Designed(part);
            for (PartChange change : changes) {
                if (!(design instanceof PartDesign.Designed designed)) {
                    return design;
                }
                design = change.applyTo(designed.part());
            }
            return design;
        }
    }

    private static PartDesign refused(Part part, String reason) {
        return new PartDesign.Refused(part.family(), List.of(reason));
    }
}
