package dev.slicewise.domain.conversation;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells which of the supported languages a message is written in, so that a reply follows the user rather than the
 * slicer's language setting. Pure and deterministic; when it cannot tell, the caller's fallback (the request's
 * {@code lang}) is the answer.
 * <ul>
 *   <li>The script with the most letters decides (a Chinese character counts twice: it carries about a word), so a
 *   Chinese or Russian question with an English setting name in it stays Chinese or Russian.</li>
 *   <li>Chinese is Traditional when a character only Traditional Chinese writes occurs, Simplified when one only
 *   Simplified Chinese writes occurs; otherwise the fallback if it is a Chinese, else Simplified.</li>
 *   <li>Cyrillic is Russian.</li>
 *   <li>Latin script is scored by common short words and a few letters one language alone uses ({@code ñ},
 *   {@code ã}, {@code ß}); the single best score wins, a tie or no score at all gives the fallback.</li>
 * </ul>
 */
public final class LanguageDetector {

    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}]+");

    /** Characters written only in Traditional Chinese (their Simplified forms differ). */
    private static final String TRADITIONAL_ONLY = "這個們來時會說對為麼嗎與過還進動體點開關門問題應該請謝當預覽層設溫網頁"
            + "電腦機擊顯實際壓寬嚴專業強態數據線紅黃綠藍無從讓給聽見現發經變長頭東車話學習寫讀書買賣錢認識覺樣種樂員國"
            + "兩萬節術務處級參調換檔選擇擠噴熱牆圖確細緻結堅穩輕裝備儲質較難貼輸遠離邊緣約減資訊號碼傳統轉觀雙氣軟隨續"
            + "絲懸撐滿殼彎彈緊廢濕燙翹錯擺筆灣間聯絡將舊單純簡議優壞歡";
    /** Characters written only in Simplified Chinese (their Traditional forms differ). */
    private static final String SIMPLIFIED_ONLY = "这个们来时会说对为么吗与过还进动体点开关门问题应该请谢当预览层设温网页"
            + "电脑机击显实际压宽严专业强态数据线红黄绿蓝无从让给听见现发经变长头东车话学习写读书买卖钱认识觉样种乐员国"
            + "两万节术务处级参调换档选择挤喷热墙图确细结坚稳轻装备储质较难贴输远离边缘约减资讯号码传统转观双气软随续"
            + "丝悬撑满壳弯弹紧废湿烫翘错摆笔湾间联络将旧单纯简议优坏欢";

    private static final Map<Language, Set<String>> WORDS = Map.of(
            Language.EN, Set.of("the", "is", "are", "my", "what", "how", "and", "to", "of", "it", "i", "you", "please",
                    "make", "for", "with", "this", "can", "do", "should", "want", "need", "use", "which", "your",
                    "print", "much", "many", "would", "could", "be", "too", "there", "have", "get", "why"),
            Language.PT_BR, Set.of("o", "os", "as", "do", "da", "dos", "das", "meu", "minha", "meus", "minhas", "não",
                    "você", "mais", "preciso", "quero", "deixar", "peça", "em", "na", "são", "isso", "essa", "esse",
                    "é", "está", "qual", "quais", "camada", "impressão", "obrigado", "também", "fazer", "ao"),
            Language.ES, Set.of("el", "los", "las", "del", "mi", "mis", "es", "cuál", "cual", "más", "necesito",
                    "quiero", "pieza", "y", "lo", "al", "muy", "pero", "esto", "esta", "está", "cómo", "qué", "capa",
                    "hacer", "puedes", "gracias", "también", "impresión", "tengo"),
            Language.DE, Set.of("der", "die", "das", "und", "ist", "mein", "meine", "meinen", "nicht", "ich", "wie",
                    "was", "für", "mit", "ein", "eine", "bitte", "zu", "auf", "den", "dem", "kann", "mach", "machen",
                    "soll", "sollte", "welche", "welcher", "schicht", "drucken", "druck", "noch", "auch", "habe",
                    "wir", "teil", "warum"),
            Language.FR, Set.of("le", "les", "du", "des", "et", "est", "mon", "mes", "quel", "quelle", "quels",
                    "je", "pas", "pour", "avec", "une", "sur", "plus", "ce", "cette", "c", "qu", "j", "l", "d", "n",
                    "vous", "faire", "peux", "voudrais", "couche", "pièce", "comment", "pourquoi", "merci", "aussi"),
            Language.IT, Set.of("il", "lo", "gli", "di", "del", "della", "che", "è", "mio", "mia", "miei", "non",
                    "per", "sono", "più", "come", "voglio", "fare", "pezzo", "strato", "stampa", "questo", "questa",
                    "anche", "ho", "hai", "molto", "ugello", "perché", "grazie", "qual"));

    private static final Map<Language, String> LETTERS = Map.of(
            Language.PT_BR, "ãõ", Language.ES, "ñ¿¡", Language.DE, "ßäöü", Language.IT, "òì", Language.FR, "œëï");

    private LanguageDetector() {
    }

    public static Language detect(String text, Language fallback) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        int han = 0;
        int cyrillic = 0;
        int latin = 0;
        for (int i = 0; i < plain.length(); i += Character.charCount(plain.codePointAt(i))) {
            int codePoint = plain.codePointAt(i);
            if (!Character.isLetter(codePoint)) {
                continue;
            }
            switch (Character.UnicodeScript.of(codePoint)) {
                case HAN -> han += 2;
                case CYRILLIC -> cyrillic++;
                case LATIN -> latin++;
                default -> {
                }
            }
        }
        if (han > 0 && han >= cyrillic && han >= latin) {
            return chinese(plain, fallback);
        }
        if (cyrillic > 0 && cyrillic >= latin) {
            return Language.RU;
        }
        return latin > 0 ? latinLanguage(plain, fallback) : fallback;
    }

    private static Language chinese(String text, Language fallback) {
        if (anyOf(text, TRADITIONAL_ONLY)) {
            return Language.ZH_TW;
        }
        if (anyOf(text, SIMPLIFIED_ONLY)) {
            return Language.ZH_CN;
        }
        return fallback == Language.ZH_TW || fallback == Language.ZH_CN ? fallback : Language.ZH_CN;
    }

    private static boolean anyOf(String text, String characters) {
        return text.codePoints().anyMatch(codePoint -> characters.indexOf(codePoint) >= 0);
    }

    private static Language latinLanguage(String text, Language fallback) {
        List<String> words = List.of(WORD_BREAK.split(text));
        Map<Language, Integer> scores = new EnumMap<>(Language.class);
        WORDS.forEach((language, common) ->
                scores.put(language, (int) words.stream().filter(common::contains).count()));
        LETTERS.forEach((language, letters) ->
                scores.merge(language, (int) letters.codePoints().filter(c -> text.indexOf(c) >= 0).count(),
                        Integer::sum));
        int best = scores.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Language> leaders = scores.entrySet().stream()
                .filter(entry -> entry.getValue() == best).map(Map.Entry::getKey).toList();
        return best > 0 && leaders.size() == 1 ? leaders.getFirst() : fallback;
    }
}
