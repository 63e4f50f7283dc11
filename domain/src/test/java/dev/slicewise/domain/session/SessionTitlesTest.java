package dev.slicewise.domain.session;

import dev.slicewise.domain.conversation.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionTitlesTest {

    @ParameterizedTest(name = "{1} <- {2}")
    @CsvSource(delimiter = '|', textBlock = """
            en    | Gear 20 Teeth            | Create a gear with 20 teeth
            en    | Stop PETG Stringing      | How do I stop my PETG from stringing so much?
            en    | Warping Corners          | My prints keep warping at the corners, what should I do?
            en    | Bracket Stronger         | Can you make this bracket stronger?
            en    | Best Layer Height        | What's the best layer height for a 0.6 nozzle?
            en    | First Layer Stick        | Why does my first layer not stick to the bed?
            en    | Supports Hard Remove     | Supports are really hard to remove on my figurine
            en    | Tune PLA-CF              | Tune everything for PLA-CF please
            en    | Supports Model           | Do I need supports for this model?
            en    | Faster Losing Quality    | How can I print faster without losing quality?
            de    | Löst Bett                | Warum löst sich mein Druck vom Bett?
            de    | Teil Stabiler            | Ich möchte das Teil stabiler machen
            de    | Schichthöhe 0,6 mm       | Welche Schichthöhe für eine 0,6 mm Düse?
            de    | PETG Zieht Fäden         | Mein PETG zieht Fäden, was kann ich tun?
            de    | Glattere Oberflächen     | Wie bekomme ich glattere Oberflächen?
            de    | Stützen Modell           | Brauche ich Stützen für dieses Modell?
            es    | Evito warping esquinas   | ¿Cómo evito el warping en las esquinas con ABS?
            es    | Pieza resistente         | Quiero que la pieza sea más resistente
            es    | Primera capa pega        | ¿Por qué la primera capa no se pega a la cama?
            fr    | Éviter fils PETG         | Comment éviter les fils avec le PETG ?
            fr    | Rendre pièce solide      | Je voudrais rendre la pièce plus solide
            fr    | Première couche adhère   | Pourquoi la première couche n'adhère pas au plateau ?
            it    | Ridurre warping angoli   | Come posso ridurre il warping degli angoli?
            it    | Rendere pezzo resistente | Vorrei rendere il pezzo più resistente
            it    | Primo strato aderisce    | Perché il primo strato non aderisce al piatto?
            pt-BR | Evitar warping bordas    | Como evitar o warping nas bordas com ABS?
            pt-BR | Peça resistente          | Quero deixar a peça mais resistente
            pt-BR | Primeira camada gruda    | Por que a primeira camada não gruda na mesa?
            ru    | Убрать паутину PETG      | Как убрать паутину при печати PETG?
            ru    | Деталь прочнее           | Хочу сделать деталь прочнее
            ru    | Первый слой прилипает    | Почему первый слой не прилипает к столу?
            ru    | Сильный стринг PETG      | Слишком сильный стринг на PETG, что делать?
            ru    | Поддержка модели         | Нужна ли поддержка для этой модели?
            zh-CN | 层高改成 0.2 毫米         | 请帮我把层高改成0.2毫米
            zh-CN | PETG 打印拉丝             | PETG打印的时候拉丝怎么办
            zh-CN | 零件结实一点              | 我想让这个零件更结实一点
            zh-CN | 第一层粘不住热床           | 为什么第一层粘不住热床？
            zh-CN | 喷嘴温度过热              | 喷嘴温度过热怎么办
            zh-CN | 检查设置                  | 请帮我检查一下设置
            zh-TW | 層高改成 0.2 毫米         | 請幫我把層高改成0.2毫米
            zh-TW | PETG 列印拉絲             | PETG列印的時候拉絲怎麼辦
            zh-TW | 第一層黏不住熱床           | 為什麼第一層黏不住熱床？
            zh-TW | 噴嘴溫度過熱              | 噴嘴溫度過熱怎麼辦
            zh-TW | 零件堅固一點              | 我想讓這個零件更堅固一點
            zh-TW | PLA 回抽距離              | 請問PLA的回抽距離要設多少
            zh-TW | 支撐難拆除                | 支撐很難拆除
            """)
    void aFirstMessage_isTitledByItsMeaningfulWords_inItsLanguage(String tag, String title, String message) {
        assertEquals(title, SessionTitles.inLanguage(message, Language.fromTag(tag)));
        assertEquals(title, SessionTitles.fromFirstMessage(message, Language.EN), "the language is told by the text");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en    | New chat            | Hi, can you help me please?
            de    | Neuer Chat          | Hallo, kannst du mir bitte helfen?
            es    | Nuevo chat          | Hola, ¿me puedes ayudar?
            fr    | Nouvelle discussion | Bonjour, tu peux m'aider ?
            it    | Nuova chat          | Ciao, mi puoi aiutare?
            pt-BR | Nova conversa       | Oi, você pode me ajudar?
            ru    | Новый чат           | Привет, помоги пожалуйста
            zh-CN | 新对话               | 你好，请帮我一下
            zh-TW | 新對話               | 你好，請幫我一下
            """)
    void aMessageOfStopWordsOnly_isANewChat_inItsLanguage(String tag, String title, String message) {
        Language language = Language.fromTag(tag);

        assertEquals(title, SessionTitles.inLanguage(message, language));
        assertEquals(title, SessionTitles.newChat(language));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void punctuationAndSpaceAlone_isANewChat(Language language) {
        assertEquals(SessionTitles.newChat(language), SessionTitles.inLanguage(" ?! … ", language));
    }

    @Test
    void aLongTitle_isCutBetweenWords_withinFortyCharacters() {
        String title = SessionTitles.inLanguage(
                "Overextrusion underextrusion inconsistencies everywhere", Language.EN);

        assertEquals("Overextrusion Underextrusion", title);
    }

    @Test
    void oneWordLongerThanATitle_isCutAtFortyCharacters() {
        String title = SessionTitles.inLanguage("Donaudampfschifffahrtsgesellschaftskapitänsmütze drucken",
                Language.DE);

        assertEquals(SessionTitles.MAX_LENGTH, title.length());
        assertEquals("Donaudampfschifffahrtsgesellschaftskapit", title);
    }

    @Test
    void chinese_keepsItsFirstMeaningfulCharacters_upToTwelve_andNoRunCut() {
        String title = SessionTitles.inLanguage("模型底部翘边严重而且支撑很难拆除表面也很粗糙", Language.ZH_CN);

        assertEquals("模型底部翘边严重支撑", title);
        assertTrue(title.codePointCount(0, title.length()) <= SessionTitles.MAX_CHINESE_CHARACTERS);
    }

    @Test
    void theLanguageOfAMessageWithoutClues_isTheFallback() {
        assertEquals("Warping PETG", SessionTitles.fromFirstMessage("warping PETG", Language.EN));
        assertEquals("Nouvelle discussion", SessionTitles.fromFirstMessage("???", Language.FR));
    }
}
