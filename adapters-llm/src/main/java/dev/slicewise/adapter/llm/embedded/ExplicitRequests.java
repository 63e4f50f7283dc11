package dev.slicewise.adapter.llm.embedded;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads what a user asks of the settings they name. A number belongs to a setting named next to it ("use 0.16 layer
 * height and 40% infill"), within a few characters and the same clause, with the unit written after it ("60 mm/s",
 * "0,16mm"); a setting that takes no number still holds the number next to it ("bed temperature 60" gives the walls
 * nothing). A direction next to a setting that takes a number moves it ("wider brim", "slower outer wall"); a
 * direction alone in the clause right after the one that names a setting moves that setting ("the walls are too thin,
 * give me more"); a negation next to an on/off setting switches it off; "keep" next to a setting keeps it as it is, whatever else
 * stands next to it. The first request found for a setting counts.
 */
final class ExplicitRequests {

    private static final String WORD_CHARACTER = "[\\p{L}\\p{N}&&[^\\p{IsHan}]]";
    /**
     * A decimal number (comma or point) not glued to a word, perhaps with a unit: "40%", "0,16mm", "60 mm/s",
     * "215°c", not "3D".
     */
    private static final Pattern QUANTITY = Pattern.compile("(?<!" + WORD_CHARACTER + ")(?<!\\d[.,])"
            + "(\\d++(?:[.,]\\d++)?+)(?: ?(" + Unit.spellings().map(Pattern::quote).collect(Collectors.joining("|"))
            + "))?(?!" + WORD_CHARACTER + ")");
    private static final int REACH = 20;
    /** How far after a setting a direction in the next clause may stand and still move it. */
    private static final int NEXT_CLAUSE_REACH = 30;

    private final Vocabulary vocabulary;

    ExplicitRequests(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    List<Requested> in(NormalisedText text) {
        List<SettingMention> mentions = vocabulary.settingsIn(text);
        Map<Span, Quantity> quantities = new HashMap<>();
        Matcher matcher = QUANTITY.matcher(text.value());
        while (matcher.find()) {
            Unit unit = matcher.group(2) == null ? Unit.NONE : Unit.spelt(matcher.group(2));
            quantities.put(new Span(matcher.start(), matcher.end()),
                    new Quantity(new BigDecimal(matcher.group(1).replace(',', '.')), unit));
        }
        Map<SettingMention, Span> numberOf = pair(text, mentions, List.copyOf(quantities.keySet()));
        Map<Span, Requested.Heading> headings = headings(text);
        Map<SettingMention, Span> headingOf = pair(text, mentions, List.copyOf(headings.keySet()));
        inTheNextClause(text, mentions, headings.keySet(), numberOf, headingOf).forEach(headingOf::putIfAbsent);
        Map<SettingMention, Span> negationOf = pair(text, mentions, vocabulary.find(Cue.NEGATION, text));
        Map<SettingMention, Span> keepOf = pair(text, mentions, vocabulary.find(Cue.KEEP, text));
        Map<Setting, Requested> requested = new LinkedHashMap<>();
        for (SettingMention mention : mentions) {
            Setting setting = mention.setting();
            boolean takesNumbers = !setting.amounts().isEmpty();
            Optional<Requested> asked = Optional.ofNullable(numberOf.get(mention)).filter(number -> takesNumbers)
                    .map(quantities::get)
                    .<Requested>map(quantity -> new Requested.Amount(setting, quantity.value(), quantity.unit()))
                    .or(() -> Optional.ofNullable(headingOf.get(mention)).map(headings::get)
                            .filter(heading -> takesNumbers && movable(setting, heading))
                            .map(heading -> new Requested.Move(setting, heading)))
                    .or(() -> setting.switchable()
                            ? Optional.of(new Requested.Switch(setting, !negationOf.containsKey(mention)))
                            : Optional.empty());
            Optional<Requested> kept = keepOf.containsKey(mention) ? Optional.of(new Requested.Keep(setting)) : asked;
            kept.ifPresent(found -> requested.putIfAbsent(setting, found));
        }
        return List.copyOf(requested.values());
    }

    private record Quantity(BigDecimal value, Unit unit) {
    }

    /** The words that move a setting; where they overlap ("mas" in "mas lento") the longest counts. */
    private Map<Span, Requested.Heading> headings(NormalisedText text) {
        Map<Span, Requested.Heading> found = new HashMap<>();
        for (Requested.Heading heading : Requested.Heading.values()) {
            vocabulary.find(heading.cue(), text).forEach(span -> found.putIfAbsent(span, heading));
        }
        List<Span> longestFirst = found.keySet().stream()
                .sorted(Comparator.comparingInt((Span span) -> -span.length()).thenComparingInt(Span::start))
                .toList();
        Map<Span, Requested.Heading> kept = new HashMap<>();
        for (Span span : longestFirst) {
            if (kept.keySet().stream().noneMatch(span::overlaps)) {
                kept.put(span, found.get(span));
            }
        }
        return kept;
    }

    /**
     * Whether the word moves the setting: a setting named by a common word moves only with a word that says which of
     * its amounts ("thicker layers", "slower first layer"); "more layers" does not say whether thicker or more of them.
     */
    private static boolean movable(Setting setting, Requested.Heading heading) {
        return !setting.commonWord() || heading.unit() != Unit.NONE;
    }

    /**
     * The directions that stand alone in the clause right after a setting's clause, paired with the last setting named
     * before them ("the walls are too thin, give me more"): a direction whose clause names no setting, for a setting
     * that has no number or direction of its own in its clause. A clause that names its own setting keeps its
     * direction ("3 walls, and more infill").
     */
    private static Map<SettingMention, Span> inTheNextClause(NormalisedText text, List<SettingMention> mentions,
                                                             Set<Span> headings, Map<SettingMention, Span> numberOf,
                                                             Map<SettingMention, Span> headingOf) {
        Set<Span> used = new HashSet<>(headingOf.values());
        Map<SettingMention, Span> found = new HashMap<>();
        for (Span heading : headings.stream().sorted(Comparator.comparingInt(Span::start)).toList()) {
            if (used.contains(heading) || mentions.stream().anyMatch(m -> text.sameClause(m.span(), heading))) {
                continue;
            }
            mentions.stream()
                    .filter(mention -> mention.span().end() <= heading.start()
                            && heading.start() - mention.span().end() <= NEXT_CLAUSE_REACH)
                    .max(Comparator.comparingInt(mention -> mention.span().start()))
                    .filter(mention -> !numberOf.containsKey(mention) && !headingOf.containsKey(mention))
                    .ifPresent(mention -> found.putIfAbsent(mention, heading));
        }
        return found;
    }

    /**
     * Pairs mentions with tokens one to one, closest pairs first, within reach: in "4 walls and 25% infill" the 25
     * goes to infill, because walls already has its 4.
     */
    private static Map<SettingMention, Span> pair(NormalisedText text, List<SettingMention> mentions, List<Span> tokens) {
        record Candidate(SettingMention mention, Span token, int distance) {
        }
        List<Candidate> candidates = mentions.stream()
                .flatMap(mention -> tokens.stream()
                        .filter(token -> !token.overlaps(mention.span()) && withinReach(text, mention.span(), token))
                        .map(token -> new Candidate(mention, token, mention.span().distanceTo(token))))
                .sorted(Comparator.comparingInt(Candidate::distance)
                        .thenComparingInt(candidate -> candidate.token().start())
                        .thenComparingInt(candidate -> candidate.mention().span().start()))
                .toList();
        Map<SettingMention, Span> paired = new HashMap<>();
        Set<Span> used = new HashSet<>();
        for (Candidate candidate : candidates) {
            if (!paired.containsKey(candidate.mention()) && used.add(candidate.token())) {
                paired.put(candidate.mention(), candidate.token());
            }
        }
        return paired;
    }

    private static boolean withinReach(NormalisedText text, Span mention, Span token) {
        return mention.distanceTo(token) <= REACH && text.sameClause(mention, token);
    }
}
