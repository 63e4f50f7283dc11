package dev.slicewise.adapter.llm.embedded.cad;

import dev.slicewise.adapter.llm.embedded.cad.CadWords.Found;
import dev.slicewise.domain.cad.Dimension;
import dev.slicewise.domain.cad.LengthUnit;
import dev.slicewise.domain.cad.PartFamily;
import dev.slicewise.domain.cad.PartRequest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The embedded engine's understanding of a design request in any of the nine languages: the part family its words
 * name, and the values its numbers give, each number taken by the word next to it ("20 teeth", "Ø 40",
 * "直径30毫米", "3 inch tall", "a 3/8 inch hole"), by its place in "80 x 60 x 40 mm", or as a screw size ("M3 holes"). Lengths are
 * converted to millimetres from the unit written after them or, without one, the message's first unit. A message
 * that names no family is not a design request.
 */
public final class PartRequestReader {

    /** How far (in characters, within a clause) a word may be from the number it measures. */
    private static final int REACH = 18;
    private static final Pattern NUMBER = Pattern.compile(
            "(?:(?<=\\d[xх])|(?<![a-z\\p{IsCyrillic}\\d./]))\\d+(?:\\.\\d+|/[1-9]\\d*)?");
    private static final Pattern DIAMETER_SIGN = Pattern.compile("[ø⌀Ø]\\s*$");
    private static final Pattern TIMES = Pattern.compile("\\s*(?:x|×|\\*|х|乘|by|на|mal|por|par|per)\\s*");
    private static final Pattern SCREW = Pattern.compile("(?<![a-z\\p{IsCyrillic}])[mм](\\d+(?:\\.\\d)?)(?![\\d.])");
    private static final Pattern DEGREES = Pattern.compile("^\\s*(?:°|度|deg\\b)");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;!?。，；、\\n]|\\. ");
    private static final Map<String, Double> SCREW_CLEARANCE = Map.of("2", 2.4, "2.5", 2.9, "3", 3.4, "4", 4.5,
            "5", 5.5, "6", 6.6, "8", 8.4, "10", 10.5, "12", 13.0);

    private final CadWords words;

    public PartRequestReader() {
        this(CadWords.load());
    }

    PartRequestReader(CadWords words) {
        this.words = words;
    }

    /** The part the message asks for, or empty when it names none. */
    public Optional<PartRequest> read(String message) {
        String text = CadText.normalise(message);
        Optional<PartFamily> named = family(text);
        if (named.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(request(text, named.get(), LengthUnit.MM, true));
    }

    /**
     * The family of parts the message names, if any ("gear", "Zahnrad", "齿轮"), as written: a misspelt family word is
     * read in a request but not here, where it would tell the intent model of a part in "bis später" or "blague".
     */
    public Optional<PartFamily> familyIn(String message) {
        return written(CadText.normalise(message)).map(PartRequestReader::family);
    }

    /** Whether the message uses a verb of asking for a new part ("design", "entwirf", "设计"). */
    public boolean asksToDesign(String message) {
        return !words.find("design.VERB", CadText.normalise(message)).isEmpty();
    }

    /**
     * The values the normalised text gives a part of this family; lengths without a unit are in the text's first
     * unit, else in {@code fallback} (the last part's unit, for a follow-up). With {@code bare}, a length no word
     * names gives the family's main sizes in order ("a 20 mm washer"); a follow-up leaves it alone.
     */
    PartRequest request(String text, PartFamily family, LengthUnit fallback, boolean bare) {
        List<Quantity> quantities = quantities(text);
        LengthUnit unit = quantities.stream().map(Quantity::unit).filter(Objects::nonNull).findFirst().orElse(fallback);
        Map<String, Double> values = new LinkedHashMap<>();

        screws(text, family, values);
        if (lid(text) && family == PartFamily.BOX) {
            values.put("lid", 1.0);
        }
        List<List<Quantity>> groups = groups(text, quantities);
        List<Quantity> free = groups.stream().filter(group -> group.size() == 1).map(List::getFirst).toList();
        List<Quantity> left = labelled(text, family, free, unit, values);
        groups.stream().filter(group -> group.size() > 1)
                .forEach(group -> dimensions(text, family, group, unit, values));
        for (Quantity quantity : left) {
            if (bare && quantity.unit() != null) {
                primary(family).stream().filter(name -> !values.containsKey(name)).findFirst()
                        .ifPresent(name -> values.put(name, quantity.millimetres(unit)));
            }
        }
        return new PartRequest(family, unit, values);
    }

    /**
     * The family whose longest phrase occurs, the earliest of equally long ones; without one, the first family word
     * the text misspells by a letter ("wahser").
     */
    private Optional<PartFamily> family(String text) {
        return written(text).or(() -> words.misspelt("family.", text).stream().min(Comparator.comparingInt(Found::start)))
                .map(PartRequestReader::family);
    }

    private Optional<Found> written(String text) {
        return words.groups("family.").stream()
                .flatMap(group -> words.find(group, text).stream())
                .min(Comparator.comparingInt(Found::length).reversed().thenComparingInt(Found::start));
    }

    private static PartFamily family(Found found) {
        return PartFamily.valueOf(found.group().substring("family.".length()));
    }

    private boolean lid(String text) {
        return !words.find("feature.LID", text).isEmpty() && words.find("feature.NO_LID", text).isEmpty();
    }

    /** A number, where it is, the unit written after it (null when none) and where that unit ends. */
    record Quantity(double value, int start, int end, LengthUnit unit) {
        double millimetres(LengthUnit fallback) {
            return (unit == null ? fallback : unit).toMillimetres(value);
        }

        Quantity inUnit(LengthUnit groupUnit) {
            return unit == null ? new Quantity(value, start, end, groupUnit) : this;
        }
    }

    List<Quantity> quantities(String text) {
        List<Found> units = new ArrayList<>();
        for (LengthUnit unit : LengthUnit.values()) {
            units.addAll(words.find("unit." + unit.name(), text));
        }
        List<Quantity> quantities = new ArrayList<>();
        Matcher number = NUMBER.matcher(text);
        while (number.find()) {
            if (insideScrew(text, number.start())) {
                continue;
            }
            double value = value(number.group());
            Quantity quantity = new Quantity(value, number.start(), number.end(), null);
            for (Found unit : units) {
                if (unit.start() >= number.end() && text.substring(number.end(), unit.start()).isBlank()) {
                    quantity = new Quantity(value, number.start(), unit.end(),
                            LengthUnit.valueOf(unit.group().substring("unit.".length())));
                }
            }
            quantities.add(quantity);
        }
        return quantities;
    }

    /** A decimal number, or a fraction as inches are written ("3/8"). */
    private static double value(String written) {
        int slash = written.indexOf('/');
        return slash < 0 ? Double.parseDouble(written)
                : Double.parseDouble(written.substring(0, slash)) / Double.parseDouble(written.substring(slash + 1));
    }

    private static boolean insideScrew(String text, int numberStart) {
        return numberStart > 0 && (text.charAt(numberStart - 1) == 'm' || text.charAt(numberStart - 1) == 'м')
                && (numberStart == 1 || !Character.isLetter(text.charAt(numberStart - 2)));
    }

    /** Numbers joined by "x" ("80 x 60 x 40 mm", "80 на 60"), each group in text order; a lone number is its own group. */
    private static List<List<Quantity>> groups(String text, List<Quantity> quantities) {
        List<List<Quantity>> groups = new ArrayList<>();
        for (Quantity quantity : quantities) {
            if (!groups.isEmpty()) {
                List<Quantity> last = groups.getLast();
                String between = text.substring(last.getLast().end(), quantity.start());
                if (TIMES.matcher(between).matches()) {
                    last.add(quantity);
                    continue;
                }
            }
            groups.add(new ArrayList<>(List.of(quantity)));
        }
        return groups;
    }

    /** "80 x 60 x 40 mm": the sizes of {@link #positional} no word has set; "4 x 3 holes": a grid. */
    private void dimensions(String text, PartFamily family, List<Quantity> group, LengthUnit unit,
                            Map<String, Double> values) {
        Quantity last = group.getLast();
        LengthUnit groupUnit = last.unit() == null ? unit : last.unit();
        boolean holesAfter = near(text, "role.INNER", last.end(), REACH) || SCREW.matcher(after(text, last.end())).find();
        if (family == PartFamily.HOLE_PLATE && last.unit() == null && group.size() == 2 && holesAfter) {
            values.put("columns", group.get(0).value());
            values.put("rows", group.get(1).value());
            return;
        }
        List<String> names = positional(family, group.size()).stream().filter(name -> !values.containsKey(name)).toList();
        for (int i = 0; i < group.size() && i < names.size(); i++) {
            values.put(names.get(i), group.get(i).inUnit(groupUnit).millimetres(unit));
        }
    }

    /**
     * The sizes "a x b x c" gives in order, those a word names elsewhere left out: an L-bracket's two legs then its
     * width ("30 x 30 mm, width 15"), a part with a depth its width, depth and height, a round one its diameter and
     * height.
     */
    private static List<String> positional(PartFamily family, int count) {
        List<String> names = new ArrayList<>();
        if (family == PartFamily.L_BRACKET) {
            names.addAll(List.of("length", "height", "width"));
        } else if (family.parameterOf(Dimension.DEPTH).isPresent() && count >= 2) {
            family.parameterOf(Dimension.WIDTH).ifPresent(names::add);
            family.parameterOf(Dimension.DEPTH).ifPresent(names::add);
            family.parameterOf(Dimension.HEIGHT).ifPresent(names::add);
        } else {
            names.addAll(primary(family));
        }
        return names;
    }

    /** The sizes a bare length gives, in order: the diameter then the height of a round part, else width, depth, height. */
    private static List<String> primary(PartFamily family) {
        List<String> names = new ArrayList<>();
        Role.DIAMETER.parameterOf(family).ifPresent(names::add);
        for (Role role : List.of(Role.WIDTH, Role.DEPTH, Role.HEIGHT)) {
            role.parameterOf(family).filter(name -> !names.contains(name)).ifPresent(names::add);
        }
        return names;
    }

    /**
     * Gives each number the role of the nearest word in its clause with no other number between them, closest pairs
     * first; returns the numbers no word took. A word between two numbers belongs to the one on its side of the
     * text's order: when the number before it already has a word before it ("diametro 12 mm altezza 50 mm",
     * "OD 20 ID 12"), the text puts words before numbers and the word goes to the next number; when the number after
     * it has a word after it, the word goes to the previous one. Where both or neither hold, the word after a number
     * is nearer, except in Chinese, which writes the word first ("长25mm 孔径3.2mm").
     */
    private List<Quantity> labelled(String text, PartFamily family, List<Quantity> free, LengthUnit unit,
                                    Map<String, Double> values) {
        record Pair(Quantity quantity, Role role, int keyStart, int distance) {
        }
        List<Found> keys = new ArrayList<>();
        for (Role role : Role.values()) {
            keys.addAll(words.find("role." + role.name(), text));
        }
        keys = longestAtEachPlace(keys);
        Map<Quantity, List<Found>> before = new LinkedHashMap<>();
        Map<Quantity, List<Found>> after = new LinkedHashMap<>();
        for (Quantity quantity : free) {
            before.put(quantity, new ArrayList<>());
            after.put(quantity, new ArrayList<>());
            for (Found key : keys) {
                if (reaches(text, quantity, key)) {
                    (key.start() >= quantity.end() ? after : before).get(quantity).add(key);
                }
            }
        }
        boolean wordFirst = CadText.hasChinese(text);
        List<Pair> pairs = new ArrayList<>();
        for (Quantity quantity : free) {
            String preceding = text.substring(0, quantity.start());
            if (DIAMETER_SIGN.matcher(preceding).find()) {
                pairs.add(new Pair(quantity, Role.DIAMETER, quantity.start() - 1, 0));
            }
            if (DEGREES.matcher(text.substring(quantity.end())).find()) {
                pairs.add(new Pair(quantity, Role.ANGLE, quantity.end(), 0));
            }
            for (Found key : keys) {
                if (!reaches(text, quantity, key)) {
                    continue;
                }
                boolean following = key.start() >= quantity.end();
                int gap = following ? key.start() - quantity.end() : quantity.start() - key.end();
                boolean shared = free.stream().anyMatch(other -> other != quantity
                        && (following ? before : after).get(other).contains(key));
                boolean ownSide = !(following ? before : after).get(quantity).isEmpty();
                int distance = gap + (following == wordFirst ? 1 : 0) + (shared && ownSide ? REACH : 0);
                pairs.add(new Pair(quantity, Role.valueOf(key.group().substring("role.".length())), key.start(),
                        distance));
            }
        }
        pairs.sort(Comparator.comparingInt(Pair::distance));
        List<Quantity> taken = new ArrayList<>();
        List<Integer> usedKeys = new ArrayList<>();
        Quantity holes = null;
        Quantity lines = null;
        for (Pair pair : pairs) {
            if (taken.contains(pair.quantity()) || usedKeys.contains(pair.keyStart())) {
                continue;
            }
            List<String> parameters = pair.role().parametersOf(family);
            if (pair.role() == Role.INNER && family == PartFamily.HOLE_PLATE && pair.quantity().unit() == null
                    && pair.quantity().value() == Math.rint(pair.quantity().value())) {
                holes = pair.quantity();
            } else if (!parameters.isEmpty() && parameters.stream().noneMatch(values::containsKey)) {
                double value = pair.role().factor() * (pair.role().length()
                        ? pair.quantity().millimetres(unit) : pair.quantity().value());
                parameters.forEach(name -> values.put(name, value));
                lines = pair.role() == Role.ROWS || pair.role() == Role.COLUMNS ? pair.quantity() : lines;
            } else {
                continue;
            }
            taken.add(pair.quantity());
            usedKeys.add(pair.keyStart());
        }
        if (holes != null) {
            grid(holes, lines, values);
        }
        return free.stream().filter(quantity -> !taken.contains(quantity)).toList();
    }

    /**
     * A count of holes on a plate: with the rows (or the columns) given, holes written after that count are one row's
     * ("3 rows of 6 holes"), holes written before it are all of them ("12 holes in 3 rows"); alone, the most nearly
     * square grid of them ("12 holes": 4 by 3).
     */
    private static void grid(Quantity holes, Quantity lines, Map<String, Double> values) {
        int count = (int) holes.value();
        if (lines != null && values.containsKey("rows") != values.containsKey("columns")) {
            String given = values.containsKey("rows") ? "rows" : "columns";
            int across = (int) lines.value();
            boolean total = lines.start() > holes.start() && across > 0 && count % across == 0;
            double each = total ? count / across : count;
            values.put(given.equals("rows") ? "columns" : "rows", each);
        } else {
            grid(count, values);
        }
    }

    /** Whether the word is close enough to the number, in its clause, with no other number between them. */
    private static boolean reaches(String text, Quantity quantity, Found key) {
        int gapStart = key.start() >= quantity.end() ? quantity.end() : key.end();
        int gapEnd = key.start() >= quantity.end() ? key.start() : quantity.start();
        if (gapStart > gapEnd || gapEnd - gapStart > REACH) {
            return false;
        }
        String gap = text.substring(gapStart, gapEnd);
        return !CLAUSE_BREAK.matcher(gap).find() && !NUMBER.matcher(gap).find();
    }

    /** "12 holes": the most nearly square grid of them (4 by 3). */
    private static void grid(int holes, Map<String, Double> values) {
        int rows = (int) Math.floor(Math.sqrt(holes));
        while (rows > 1 && holes % rows != 0) {
            rows--;
        }
        values.putIfAbsent("columns", (double) (holes / Math.max(rows, 1)));
        values.putIfAbsent("rows", (double) Math.max(rows, 1));
    }

    /** "M3 holes": the clearance hole for the screw (3.4 mm for M3). */
    private static void screws(String text, PartFamily family, Map<String, Double> values) {
        screwClearance(text).ifPresent(clearance -> Role.INNER.parameterOf(family)
                .ifPresent(name -> values.put(name, clearance)));
    }

    /** The clearance hole of the first screw size in the text ("M3": 3.4 mm), if it names one. */
    static Optional<Double> screwClearance(String text) {
        Matcher screw = SCREW.matcher(text);
        if (!screw.find()) {
            return Optional.empty();
        }
        double size = Double.parseDouble(screw.group(1));
        return Optional.of(SCREW_CLEARANCE.getOrDefault(screw.group(1), Math.round((size * 1.1 + 0.1) * 10) / 10.0));
    }

    /** Whether a word of the group follows within reach, in the same clause and with no number between. */
    private boolean near(String text, String group, int from, int reach) {
        return words.find(group, text).stream().anyMatch(found -> found.start() >= from && found.start() - from <= reach
                && !CLAUSE_BREAK.matcher(text.substring(from, found.start())).find()
                && !NUMBER.matcher(text.substring(from, found.start())).find());
    }

    private static String after(String text, int from) {
        return text.substring(from, Math.min(text.length(), from + REACH));
    }

    private static List<Found> longestAtEachPlace(List<Found> found) {
        List<Found> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(Found::length).reversed());
        List<Found> kept = new ArrayList<>();
        for (Found candidate : sorted) {
            if (kept.stream().noneMatch(k -> k.start() < candidate.end() && candidate.start() < k.end())) {
                kept.add(candidate);
            }
        }
        return kept;
    }
}
