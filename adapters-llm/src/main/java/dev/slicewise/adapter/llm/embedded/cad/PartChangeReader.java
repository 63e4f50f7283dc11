package dev.slicewise.adapter.llm.embedded.cad;

import dev.slicewise.adapter.llm.embedded.cad.PartRequestReader.Quantity;
import dev.slicewise.domain.cad.Dimension;
import dev.slicewise.domain.cad.LengthUnit;
import dev.slicewise.domain.cad.Part;
import dev.slicewise.domain.cad.PartChange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The embedded engine's understanding of a follow-up on the last part, in the nine languages: "now in inches",
 * "make the teeth longer", "add a 5 mm hole in the middle", "10 mm taller", "20% wider", or new values
 * ("make it 50 mm tall", "30 teeth"). Gives the changes to apply to the part, or nothing when the message changes
 * nothing of it.
 */
public final class PartChangeReader {

    /** An overall size changed without an amount changes by this share. */
    static final double STEP = 0.1;
    /** A hole in the middle without a size. */
    static final double HOLE = 5;
    /** Longer or shorter teeth: a quarter of a module more or less above the pitch circle. */
    static final double TOOTH_STEP = 0.25;
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*%");
    /** What "thicker" changes, the first the family has; a family with neither grows in height. */
    private static final List<String> THICKNESSES = List.of("thickness", "wall");

    private enum Direction {
        TALLER(Dimension.HEIGHT, 1), LOWER(Dimension.HEIGHT, -1),
        WIDER(Dimension.WIDTH, 1), NARROWER(Dimension.WIDTH, -1),
        DEEPER(Dimension.DEPTH, 1), SHALLOWER(Dimension.DEPTH, -1),
        BIGGER(Dimension.DIAMETER, 1), SMALLER(Dimension.DIAMETER, -1);

        private final Dimension dimension;
        private final int sign;

        Direction(Dimension dimension, int sign) {
            this.dimension = dimension;
            this.sign = sign;
        }
    }

    private final CadWords words;
    private final PartRequestReader values;

    public PartChangeReader() {
        this(CadWords.load());
    }

    PartChangeReader(CadWords words) {
        this.words = words;
        this.values = new PartRequestReader(words);
    }

    /** The changes the message makes to the part, in one, or empty when it makes none. */
    public Optional<PartChange> read(String message, Part last) {
        String text = CadText.normalise(message);
        List<PartChange> changes = new ArrayList<>();
        for (LengthUnit unit : LengthUnit.values()) {
            if (!words.find("change.IN_" + unit.name(), text).isEmpty()) {
                changes.add(new PartChange.ConvertUnit(unit));
            }
        }
        boolean teeth = false;
        if (!words.find("change.TEETH_LONGER", text).isEmpty()) {
            changes.add(new PartChange.ToothLength(TOOTH_STEP));
            teeth = true;
        } else if (!words.find("change.TEETH_SHORTER", text).isEmpty()) {
            changes.add(new PartChange.ToothLength(-TOOTH_STEP));
            teeth = true;
        }
        List<Quantity> lengths = values.quantities(text).stream().filter(quantity -> quantity.unit() != null).toList();
        if (!words.find("change.HOLE_MIDDLE", text).isEmpty()) {
            double diameter = PartRequestReader.screwClearance(text)
                    .orElseGet(() -> lengths.isEmpty() ? HOLE : lengths.getFirst().millimetres(last.unit()));
            changes.add(new PartChange.CentreHole(diameter));
        } else if (!teeth) {
            resize(text, last, lengths, changes);
        }
        if (changes.isEmpty()) {
            Map<String, Double> named = values.request(text, last.family(), last.unit(), false).values();
            named.forEach((name, value) -> changes.add(new PartChange.Set(name, value)));
        }
        return switch (changes.size()) {
            case 0 -> Optional.empty();
            case 1 -> Optional.of(changes.getFirst());
            default -> Optional.of(new PartChange.All(changes));
        };
    }

    /**
     * "10 mm taller" by a length, "20% wider" by a share, "bigger" by {@link #STEP}; "bigger" without a diameter
     * scales every size, "longer" without a depth is the length along the axis (a tube's height); "thicker" is the
     * family's thickness or wall (a gear's face width, a washer's thickness, a box's walls), else its height ("thicker,
     * 3 mm thick" names the new value, which the caller sets).
     */
    private void resize(String text, Part last, List<Quantity> lengths, List<PartChange> changes) {
        Matcher percent = PERCENT.matcher(text);
        double share = percent.find() ? Double.parseDouble(percent.group(1)) / 100 : STEP;
        int thicker = !words.find("change.THICKER", text).isEmpty() ? 1
                : !words.find("change.THINNER", text).isEmpty() ? -1 : 0;
        Optional<String> thickness = THICKNESSES.stream()
                .filter(name -> last.family().parameter(name).isPresent()).findFirst();
        if (thicker != 0 && thickness.isPresent()) {
            if (values.request(text, last.family(), last.unit(), false).values().containsKey(thickness.get())) {
                return;
            }
            double now = last.value(thickness.get());
            changes.add(new PartChange.Set(thickness.get(), lengths.isEmpty() ? now * (1 + thicker * share)
                    : now + thicker * lengths.getFirst().millimetres(last.unit())));
            return;
        }
        Optional<Direction> named = thicker != 0 ? Optional.of(thicker > 0 ? Direction.TALLER : Direction.LOWER)
                : Arrays.stream(Direction.values())
                        .filter(direction -> !words.find("change." + direction.name(), text).isEmpty()).findFirst();
        if (named.isEmpty()) {
            return;
        }
        Direction direction = named.get();
        List<Dimension> dimensions = last.family().parameterOf(direction.dimension).isPresent()
                ? List.of(direction.dimension)
                : switch (direction.dimension) {
                    case DIAMETER -> List.of(Dimension.WIDTH, Dimension.DEPTH, Dimension.HEIGHT);
                    case DEPTH -> List.of(Dimension.HEIGHT);
                    default -> List.<Dimension>of();
                };
        for (Dimension dimension : dimensions) {
            if (last.family().parameterOf(dimension).isEmpty()) {
                continue;
            }
            changes.add(lengths.isEmpty() ? new PartChange.Scale(dimension, 1 + direction.sign * share)
                    : new PartChange.Resize(dimension, direction.sign * lengths.getFirst().millimetres(last.unit())));
        }
    }
}
