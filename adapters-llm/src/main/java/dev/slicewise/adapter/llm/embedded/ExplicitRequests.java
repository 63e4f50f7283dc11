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
import java.util.regex.Pattern;

/**
 * Reads what a user asks of the settings they name. A number belongs to a setting named next to it ("use 0.16 layer
 * height and 40% infill"), within a few characters and the same clause; a negation next to an on/off setting switches
 * it off; "keep" next to a setting keeps it as it is, whatever else stands next to it. The first request found for a
 * setting counts.
 */
final class ExplicitRequests {

    /** A decimal number (comma or point) not glued to a word, units aside: "40%", "0,16mm", "215°C", not "3D". */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}&&[^\\p{IsHan}]])(?<!\\d[.,])\\d++(?:[.,]\\d++)?+"
                    + "(?=(?:mm|мм|c)?(?![\\p{L}\\p{N}&&[^\\p{IsHan}]]))");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:!?.。、]");
    private static final int REACH = 20;

    private final Vocabulary vocabulary;

    ExplicitRequests(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    List<Requested> in(NormalisedText text) {
        List<SettingMention> mentions = vocabulary.settingsIn(text);
        List<Span> numbers = NUMBER.matcher(text.value()).results()
                .map(result -> new Span(result.start(), result.end())).toList();
        Map<SettingMention, Span> numberOf = pair(text, mentions, numbers);
        Map<SettingMention, Span> negationOf = pair(text, mentions, vocabulary.find(Cue.NEGATION, text));
        Map<SettingMention, Span> keepOf = pair(text, mentions, vocabulary.find(Cue.KEEP, text));
        Map<Setting, Requested> requested = new LinkedHashMap<>();
        for (SettingMention mention : mentions) {
            Setting setting = mention.setting();
            Optional<Requested> value = switch (setting.change()) {
                case NUMBER -> Optional.ofNullable(numberOf.get(mention))
                        .map(span -> new Requested.Amount(setting, number(text, span)));
                case ON_OFF -> Optional.of(new Requested.Switch(setting, !negationOf.containsKey(mention)));
                case NONE -> Optional.empty();
            };
            Optional<Requested> kept = keepOf.containsKey(mention) ? Optional.of(new Requested.Keep(setting)) : value;
            kept.ifPresent(found -> requested.putIfAbsent(setting, found));
        }
        return List.copyOf(requested.values());
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
                        .filter(token -> withinReach(text, mention.span(), token))
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
        if (mention.distanceTo(token) > REACH) {
            return false;
        }
        int gapStart = Math.min(mention.end(), token.end());
        int gapEnd = Math.max(mention.start(), token.start());
        return gapStart >= gapEnd || !CLAUSE_BREAK.matcher(text.value()).region(gapStart, gapEnd).find();
    }

    private static BigDecimal number(NormalisedText text, Span span) {
        return new BigDecimal(text.value().substring(span.start(), span.end()).replace(',', '.'));
    }
}
