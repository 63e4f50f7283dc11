package dev.slicewise.bootstrap;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import static dev.slicewise.bootstrap.TestServer.API;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Print troubleshooting end to end over HTTP, as the reference client holds it: it keeps the history, appends each
 * assistant message verbatim (with its actions and slicing changes), sends it all with each message and the real
 * Elegoo presets, and sets {@code current_workflow} once a reply carries {@code set_print_troubleshooting_flow}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TroubleshootingOverHttpTest {

    private static final Pattern INFORMAL_GERMAN = Pattern.compile("\\b(du|dich|dir|dein\\w*)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final String CREDENTIALS = "\"elegoo_user_id\":\"tess\",\"access_token\":\"tess-token\"";

    private TestServer server;

    @BeforeAll
    void start() {
        server = TestServer.inMemory(Map.of("slicewise.credits.mode", "unlimited"));
        server.register("tess", "tess-token", 3600);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void stringing_fromTheReportToAFixToTheEnd_inEnglish() {
        Client client = new Client("en");
        JsonNode restated = client.say("my print is stringing");
        assertEquals(List.of("confirm_print_troubleshooting_flow"), actions(restated));

        client.enterTroubleshooting();
        JsonNode travel = client.say("Troubleshoot settings in current project");
        assertEquals(List.of("set_print_troubleshooting_flow", "guide_print_issue_troubleshooting",
                "ask_user_to_choose_from_options"), actions(travel));
        assertEquals(List.of("Yes", "No", "Not sure"), options(travel));

        client.say("Yes");
        JsonNode fix = client.say("In a dry box or sealed bag");
        JsonNode filament = fix.get("slicing_profiles").get("filament_overrides");
        assertEquals("1.2", filament.get("filament_retraction_length").get(0).getStringValue());
        assertEquals("40", filament.get("filament_retraction_speed").get(0).getStringValue());
        JsonNode explanation = fix.get("per_override_explanations").get(0);
        assertTrue(explanation.get("explanation").getStringValue().startsWith("Too little retraction"),
                explanation.toString());
        assertEquals(List.of("It did not fix the problem", "It worked, the problem is gone", "I have another issue"),
                options(fix));

        JsonNode next = client.say("It did not fix the problem");
        assertTrue(next.get("content").getStringValue().startsWith("The next most likely cause:\n"), next.toString());
        assertTrue(actions(next).contains("set_print_troubleshooting_flow"));

        JsonNode end = client.say("It worked, the problem is gone");
        assertEquals(List.of("confirm_end_troubleshooting"), actions(end));
    }

    @Test
    void warping_inChinese_freeTextAnswers_andASettingsQuestionInBetween() {
        Client client = new Client("zh-CN");
        assertEquals(List.of("confirm_print_troubleshooting_flow"), actions(client.say("我的打印件翘边了")));
        client.enterTroubleshooting();
        JsonNode enclosure = client.say("是的，用的当前设置");
        assertEquals(List.of("是", "否", "不确定"), options(enclosure));

        JsonNode aside = client.say("我的喷嘴温度是多少？");
        assertEquals(List.of("retrieve_slicing_settings", "set_print_troubleshooting_flow",
                "ask_user_to_choose_from_options"), actions(aside));
        assertEquals(List.of("是", "否", "不确定"), options(aside));

        client.say("没有外壳，是开放式的");
        JsonNode clean = client.say("很久没洗过了");
        assertTrue(clean.get("content").getStringValue().startsWith("最可能的原因：\n打印板上的手指油脂或灰尘"),
                clean.toString());
        assertEquals(List.of("confirm_end_troubleshooting"), actions(client.say("好了，解决了")));
    }

    @Test
    void warping_inGerman_answeredInFreeText_upToSupportAfterThreeFixes_addressedAsSie() {
        Client client = new Client("de");
        JsonNode restated = client.say("Die Ecken meines Drucks heben sich vom Bett ab");
        assertEquals(List.of("confirm_print_troubleshooting_flow"), actions(restated));
        assertTrue(restated.get("content").getStringValue().startsWith("Es klingt, als hätte Ihr Druck ein Problem mit "
                + "Verziehen (Warping)."), restated.toString());

        client.enterTroubleshooting();
        JsonNode enclosure = client.say("ja, mit den aktuellen Einstellungen");
        assertEquals(List.of("set_print_troubleshooting_flow", "guide_print_issue_troubleshooting",
                "ask_user_to_choose_from_options"), actions(enclosure));
        assertEquals(List.of("Ja", "Nein", "Nicht sicher"), options(enclosure));

        JsonNode bed = client.say("nein, der Drucker ist offen");
        assertEquals(List.of("Heute", "Diese Woche", "Länger her, oder nie"), options(bed));

        JsonNode clean = client.say("ehrlich gesagt noch nie");
        assertTrue(clean.get("content").getStringValue().startsWith("Die wahrscheinlichste Ursache:\nFett von den "
                + "Fingern"), clean.toString());
        assertEquals(List.of("Das hat das Problem nicht behoben", "Es hat geklappt, das Problem ist weg",
                "Ich habe ein anderes Problem"), options(clean));

        JsonNode second = client.say("nein, immer noch");
        assertTrue(second.get("content").getStringValue().startsWith("Die nächstwahrscheinliche Ursache:\n"),
                second.toString());
        JsonNode third = client.say("hat leider auch nicht geholfen");
        assertTrue(third.get("content").getStringValue().startsWith("Die nächstwahrscheinliche Ursache:\n"),
                third.toString());
        assertNotEquals(second.get("content").getStringValue(), third.get("content").getStringValue());

        JsonNode support = client.say("nein, immer noch dasselbe");
        assertEquals(List.of("set_print_troubleshooting_flow", "contact_support"), actions(support));
        for (JsonNode reply : List.of(restated, enclosure, bed, clean, second, third, support)) {
            assertFalse(INFORMAL_GERMAN.matcher(reply.get("content").getStringValue()).find(), reply.toString());
        }
    }

    @Test
    void aLongConversation_isSummarised_andStillFollowsTheFlow() {
        Client client = new Client("en");
        client.say("my print is stringing");
        client.enterTroubleshooting();
        JsonNode travel = client.say("Troubleshoot settings in current project");
        for (int i = 0; i < 12; i++) {
            JsonNode aside = client.say("what is my layer height?");
            assertEquals(options(travel), options(aside), aside.toString());
        }
        JsonNode storage = client.say("not sure");
        assertTrue(storage.get("content").getStringValue().startsWith("How has the filament been stored?"),
                storage.toString());
        JsonNode fix = client.say("it has been on the shelf for months");
        assertTrue(fix.get("content").getStringValue().startsWith("The most likely cause:\nThe filament has absorbed"),
                fix.toString());
    }

    private static List<String> actions(JsonNode message) {
        return StreamSupport.stream(message.get("agent_actions").values().spliterator(), false)
                .map(action -> action.get("name").getStringValue()).toList();
    }

    private static List<String> options(JsonNode message) {
        return StreamSupport.stream(message.get("agent_actions").values().spliterator(), false)
                .filter(action -> action.get("name").getStringValue().equals("ask_user_to_choose_from_options"))
                .findFirst().map(action -> StreamSupport.stream(action.get("arguments")
                        .get("user_options_to_choose_from").values().spliterator(), false)
                        .map(JsonNode::getStringValue).toList())
                .orElseThrow(() -> new AssertionError("no options in " + message));
    }

    /** The reference client's side of a chat. */
    private final class Client {
        private final String lang;
        private final List<String> messages = new ArrayList<>();
        private boolean troubleshooting;

        Client(String lang) {
            this.lang = lang;
        }

        void enterTroubleshooting() {
            troubleshooting = true;
        }

        /** Sends the user's message with the whole history and returns the assistant's message. */
        JsonNode say(String text) {
            JsonMapper json = server.bean(JsonMapper.class);
            try {
                messages.add("{\"role\":\"user\",\"content\":" + json.writeValueAsString(text) + "}");
                String body = "{" + CREDENTIALS + ",\"messages\":[" + String.join(",", messages) + "]"
                        + (troubleshooting ? ",\"current_workflow\":\"print_troubleshooting\"" : "")
                        + ",\"slicing_profiles\":" + Fixtures.slicingProfiles() + ",\"plates\":" + Fixtures.plates()
                        + "}";
                TestServer.Response response = server.post(API + "chats/messages/?lang=" + lang, body);
                assertEquals(200, response.status(), response.body());
                JsonNode message = json.readValue(response.body(), JsonNode.class).get("message");
                messages.add(json.writeValueAsString(message));
                troubleshooting |= actions(message).contains("set_print_troubleshooting_flow");
                return message;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
