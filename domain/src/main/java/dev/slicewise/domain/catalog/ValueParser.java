package dev.slicewise.domain.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads raw values for a {@link SettingDefinition}: strict about meaning, lenient about spelling. */
final class ValueParser {

    /**
     * A plain decimal with at most 9 digits before the point (a comma is a decimal point when 1 or 2 digits follow
     * it, so {@code "0,2"} reads but {@code "10,000"} does not), then perhaps a unit.
     */
    private static final Pattern NUMBER = Pattern.compile(
            "([+-]?(?:\\d{1,9}(?:\\.\\d{1,20})?|\\.\\d{1,20}|\\d{1,9},\\d{1,2}))((?:[^\\d.,].*)?)");
    private static final Pattern EXPONENT = Pattern.compile("e[+-]?\\d+");
    private static final int DECIMALS = 6;
    private static final Set<String> ON = Set.of("1", "true", "yes", "on");
    private static final Set<String> OFF = Set.of("0", "false", "no", "off");
    /** Spellings of OrcaSlicer's units, lower case, without spaces. */
    private static final Map<String, List<String>> UNIT_SPELLINGS = Map.of(
            "°c", List.of("°c", "℃", "degc", "c"),
            "∆°c", List.of("°c", "℃", "degc", "c"),
            "mm³/s", List.of("mm³/s", "mm3/s", "mm^3/s"),
            "mm/s²", List.of("mm/s²", "mm/s2", "mm/s^2"),
            "°", List.of("°", "deg", "degrees"),
            "layers", List.of("layers", "layer"),
            "layer", List.of("layers", "layer"),
            "mm²", List.of("mm²", "mm2", "mm^2"),
            "mm³", List.of("mm³", "mm3", "mm^3"));

    private ValueParser() {
    }

    static ParsedValue parse(SettingDefinition definition, String raw) {
        if (definition.type() == ValueType.STRING) {
            return raw.length() > SettingDefinition.MAX_TEXT_LENGTH
                    ? invalid(Refusal.TOO_LONG) : valid(new SettingValue.Text(raw));
        }
        if (raw.length() > SettingDefinition.MAX_VALUE_LENGTH) {
            return invalid(Refusal.TOO_LONG);
        }
        String text = raw.strip();
        if (text.isEmpty()) {
            return invalid(Refusal.EMPTY);
        }
        if (text.equalsIgnoreCase("nil")) {
            return definition.nullable() ? valid(new SettingValue.Unset()) : invalid(Refusal.EMPTY);
        }
        return switch (definition.type()) {
            case BOOL -> onOrOff(text);
            case ENUM -> choice(definition, text);
            default -> amount(definition, text);
        };
    }

    private static ParsedValue onOrOff(String text) {
        String word = text.toLowerCase(Locale.ROOT);
        if (ON.contains(word)) {
            return valid(new SettingValue.Switch(true));
        }
        return OFF.contains(word) ? valid(new SettingValue.Switch(false)) : invalid(Refusal.NOT_ON_OR_OFF);
    }

    private static ParsedValue choice(SettingDefinition definition, String text) {
        if (definition.choices().contains(text)) {
            return valid(new SettingValue.Choice(text));
        }
        String loose = loosely(text);
        return definition.choices().stream().filter(choice -> loosely(choice).equals(loose)).findFirst()
                .<ParsedValue>map(choice -> valid(new SettingValue.Choice(choice)))
                .orElse(invalid(Refusal.NOT_A_CHOICE));
    }

    /** {@code "Outer only"}, {@code "outer-only"} and {@code "outer_only"} read alike. */
    static String loosely(String choice) {
        return choice.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
    }

    private static ParsedValue amount(SettingDefinition definition, String text) {
        String compact = text.replaceAll("\\s", "").toLowerCase(Locale.ROOT);
        Matcher matcher = NUMBER.matcher(compact);
        if (!matcher.matches()) {
            return invalid(Refusal.NOT_A_NUMBER);
        }
        String suffix = matcher.group(2);
        if (EXPONENT.matcher(suffix).matches()) {
            return invalid(Refusal.NOT_A_NUMBER);
        }
        boolean percent = suffix.equals("%");
        if (!percent && !suffix.isEmpty() && !spellsUnit(definition.unit(), suffix)) {
            return invalid(Refusal.WRONG_UNIT);
        }
        BigDecimal number = new BigDecimal(matcher.group(1).replace(',', '.')).setScale(DECIMALS, RoundingMode.HALF_UP);
        return switch (definition.type()) {
            case PERCENT -> valid(new SettingValue.Amount(number, true));
            case FLOAT_OR_PERCENT -> valid(new SettingValue.Amount(number, percent));
            case INT -> percent && !definition.unit().equals("%") ? invalid(Refusal.WRONG_UNIT) : whole(number);
            default -> percent && !definition.unit().equals("%")
                    ? invalid(Refusal.WRONG_UNIT) : valid(new SettingValue.Amount(number, false));
        };
    }

    private static ParsedValue whole(BigDecimal number) {
        return number.stripTrailingZeros().scale() > 0
                ? invalid(Refusal.NOT_A_WHOLE_NUMBER) : valid(new SettingValue.Amount(number, false));
    }

    /** Whether a suffix spells the unit of a setting; {@code "mm or %"} has the unit {@code mm}. */
    private static boolean spellsUnit(String unit, String suffix) {
        String main = unit.toLowerCase(Locale.ROOT).replace(" or %", "").replaceAll("\\s", "");
        return !main.isEmpty() && Optional.ofNullable(UNIT_SPELLINGS.get(main)).orElse(List.of(main)).contains(suffix);
    }

    private static ParsedValue valid(SettingValue value) {
        return new ParsedValue.Valid(value);
    }

    private static ParsedValue invalid(Refusal refusal) {
        return new ParsedValue.Invalid(refusal);
    }
}
