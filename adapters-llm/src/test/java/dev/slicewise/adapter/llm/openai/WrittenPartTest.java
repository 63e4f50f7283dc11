package dev.slicewise.adapter.llm.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slicewise.adapter.llm.cad.PartCodeRunnerFactory;
import dev.slicewise.adapter.llm.cad.SandboxBounds;
import dev.slicewise.adapter.llm.embedded.EmbeddedAssistantModel;
import dev.slicewise.adapter.llm.openai.FakeOpenAi.Answer;
import dev.slicewise.application.inmemory.InMemoryMetrics;
import dev.slicewise.application.port.out.PartCodeRunner;
import dev.slicewise.application.port.out.ReplyStream;
import dev.slicewise.application.service.AssistantRouting;
import dev.slicewise.domain.assistant.AssistantAnswer;
import dev.slicewise.domain.assistant.AssistantRequest;
import dev.slicewise.domain.assistant.Classification;
import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.assistant.ModelChoice;
import dev.slicewise.domain.cad.CodeLanguage;
import dev.slicewise.domain.cad.PartCode;
import dev.slicewise.domain.conversation.ChatMessage;
import dev.slicewise.domain.conversation.Conversation;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.conversation.Workflow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static dev.slicewise.adapter.llm.openai.FakeOpenAi.completion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Parts the model writes, checked by the real engines before they are answered (against a fake OpenAI-compatible
 * server): good code is answered with it, broken code gets one repair with the engine's error, code that still does
 * not run or that reaches for modules ends in words, and a language without an engine is never asked of the model.
 */
class WrittenPartTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PartCodeRunnerFactory FACTORY = new PartCodeRunnerFactory();
    private static final SandboxBounds BOUNDS = FACTORY.sandboxBounds(30, 2048, 64);
    private static final PartCodeRunner JSCAD = FACTORY.jscad(System.getProperty("slicewise.jscad.runner"), "node",
            BOUNDS);
    private static final PartCodeRunner OPENSCAD = FACTORY.openScad(System.getProperty("slicewise.openscad"), BOUNDS);

    private static final String GOOD_JSCAD = """
            // the plate's size, in mm
            const width = 40; // mm
            const thickness = 3; // mm
            function plate() { return CSG.cube({center: [0, 0, thickness / 2], radius: [width / 2, width / 2, thickness / 2]}); }
            function main() { return plate(); }
            """;
    private static final String BROKEN_JSCAD = """
            const width = 40; // mm
            function main() { return CSG.cube().translate([width]); }
            """;

    private final FakeOpenAi provider = FakeOpenAi.start();

    @AfterEach
    void stop() {
        provider.close();
    }

    private AssistantRouting routing(List<PartCodeRunner> runners) {
        EmbeddedAssistantModel embedded = new EmbeddedAssistantModel();
        ProviderSettings settings = new ProviderSettings("primary", URI.create(provider.baseUrl()), "", "primary-model",
                Duration.ofSeconds(10), 0.2, 2048, 0, false);
        return new AssistantRouting(embedded, embedded, Optional.of(SpringAiAssistantModel.of(List.of(settings),
                runners, new InMemoryMetrics())), 1.0, new InMemoryMetrics());
    }

    private static AssistantRequest design(String text, CodeLanguage code) {
        return new AssistantRequest(new Conversation(List.of(ChatMessage.user(text))), Workflow.QUERY_INTENT,
                new Classification(Intent.GENERATE_MODEL, 0.9), Optional.empty(), List.of(), Language.EN,
                Optional.empty(), ModelChoice.ROUTED, code);
    }

    private static String answer(String prose, String language, String code) {
        return completion(prose + "\n\n```" + language + "\n" + code + "```\n\nPrint it flat.", List.of(), 100, 50);
    }

    private static JsonNode sent(FakeOpenAi.Received received) {
        try {
            return JSON.readTree(received.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String lastMessage(FakeOpenAi.Received received) {
        JsonNode messages = sent(received).path("messages");
        return messages.get(messages.size() - 1).path("content").asText();
    }

    @Test
    void codeThatRuns_isAnsweredWithIt_theProseWithoutTheBlock() {
        provider.then(Answer.json(answer("A 40 mm square plate, 3 mm thick.", "jscad", GOOD_JSCAD)));

        AssistantAnswer answer = routing(List.of(JSCAD, OPENSCAD))
                .answer(design("make me a 40 mm square plate, 3 mm thick, with rounded corners", CodeLanguage.JSCAD));

        assertEquals(Optional.of(new PartCode(CodeLanguage.JSCAD, GOOD_JSCAD)), answer.reply().code());
        assertEquals("A 40 mm square plate, 3 mm thick.\n\nPrint it flat.", answer.reply().content());
        assertEquals(List.of("primary", 100L, 50L), List.of(answer.provenance().provider(),
                answer.provenance().promptTokens(), answer.provenance().completionTokens()));
        JsonNode request = sent(provider.received().getFirst());
        assertTrue(request.path("tools").isMissingNode(), "a design turn offers no tools");
        String rules = request.path("messages").get(0).path("content").asText();
        assertTrue(rules.contains("JSCAD") && rules.contains("@jscad/csg 0.7.0") && rules.contains("main()"), rules);
    }

    @Test
    void brokenCodeThenFixedCode_isAnsweredWithTheFixedCode_afterOneRepairWithTheError() {
        provider.then(Answer.json(answer("A plate.", "jscad", BROKEN_JSCAD)));
        provider.then(Answer.json(answer("A plate, fixed.", "jscad", GOOD_JSCAD)));

        AssistantAnswer answer = routing(List.of(JSCAD))
                .answer(design("make me a 40 mm square plate", CodeLanguage.JSCAD));

        assertEquals(Optional.of(new PartCode(CodeLanguage.JSCAD, GOOD_JSCAD)), answer.reply().code());
        assertEquals("A plate, fixed.\n\nPrint it flat.", answer.reply().content());
        assertEquals(2, provider.received().size());
        String repair = lastMessage(provider.received().get(1));
        assertTrue(repair.contains("Error: wrong arguments") && repair.contains("part.jscad:2"), repair);
        assertEquals(List.of(200L, 100L), List.of(answer.provenance().promptTokens(),
                answer.provenance().completionTokens()));
    }

    @Test
    void brokenCodeTwice_isAnsweredInWords_withoutCode() {
        provider.then(Answer.json(answer("A plate.", "jscad", BROKEN_JSCAD)));
        provider.then(Answer.json(answer("A plate again.", "jscad", BROKEN_JSCAD)));

        AssistantAnswer answer = routing(List.of(JSCAD))
                .answer(design("make me a 40 mm square plate", CodeLanguage.JSCAD));

        assertEquals(Optional.empty(), answer.reply().code());
        assertEquals(PartSentences.notBuilt(Language.EN), answer.reply().content());
        assertFalse(answer.reply().content().contains("CSG"));
        assertEquals(2, provider.received().size());
    }

    @Test
    void codeThatReachesForModules_isRefused_neverRun_andEndsInWords() {
        provider.then(Answer.json(answer("A plate.", "jscad",
                "const fs = require('fs');\nfunction main() { fs.writeFileSync('x', 'y'); return CSG.cube(); }\n")));
        provider.then(Answer.json(answer("A plate.", "jscad",
                "function main() { import('fs'); return CSG.cube(); }\n")));

        AssistantAnswer answer = routing(List.of(JSCAD))
                .answer(design("make me a plate", CodeLanguage.JSCAD));

        assertEquals(Optional.empty(), answer.reply().code());
        assertEquals(PartSentences.notBuilt(Language.EN), answer.reply().content());
        String repair = lastMessage(provider.received().get(1));
        assertTrue(repair.contains("may not use 'require'"), repair);
    }

    @Test
    void openScadCode_isRenderedBeforeItIsAnswered() {
        String code = "// a 20 mm cube, in mm\nsize = 20; // mm\nmodule body() { cube(size); }\nbody();\n";
        provider.then(Answer.json(answer("A 20 mm cube.", "openscad", code)));

        AssistantAnswer answer = routing(List.of(JSCAD, OPENSCAD))
                .answer(design("a 20 mm calibration cube in openscad", CodeLanguage.OPENSCAD));

        assertEquals(Optional.of(new PartCode(CodeLanguage.OPENSCAD, code)), answer.reply().code());
        String rules = sent(provider.received().getFirst()).path("messages").get(0).path("content").asText();
        assertTrue(rules.contains("OpenSCAD") && rules.contains("no include, no use, no import"), rules);
    }

    @Test
    void aLanguageWithoutAnEngine_isNotAskedOfTheModel_andIsAnsweredInWords() {
        AssistantAnswer answer = routing(List.of(JSCAD))
                .answer(design("a 20 mm calibration cube in openscad", CodeLanguage.OPENSCAD));

        assertEquals(Optional.empty(), answer.reply().code());
        assertEquals(PartSentences.noRunner(CodeLanguage.OPENSCAD, Language.EN), answer.reply().content());
        assertTrue(provider.received().isEmpty());
    }

    @Test
    void aStreamedDesignTurn_streamsTheProseOnly_afterTheCodeRan() {
        provider.then(Answer.json(answer("A 40 mm square plate. It is 3 mm thick.", "jscad", GOOD_JSCAD)));

        StringBuilder streamed = new StringBuilder();
        AssistantAnswer answer;
        try (ReplyStream stream = routing(List.of(JSCAD)).stream(design("a 40 mm plate", CodeLanguage.JSCAD))) {
            answer = stream.pull(streamed::append);
        }

        assertFalse(streamed.toString().contains("```") || streamed.toString().contains("CSG"), streamed.toString());
        assertEquals(answer.reply().content(), streamed.toString().strip());
        assertTrue(answer.reply().code().isPresent());
    }

    @Test
    void anAnswerWithoutAFence_isTheModelsWords() {
        provider.then(Answer.json(completion("How wide should the hook's opening be?", List.of(), 10, 5)));

        AssistantAnswer answer = routing(List.of(JSCAD)).answer(design("a hook for my bike", CodeLanguage.JSCAD));

        assertEquals("How wide should the hook's opening be?", answer.reply().content());
        assertEquals(Optional.empty(), answer.reply().code());
        assertEquals(1, provider.received().size());
    }

    @Test
    void anUnclosedCodeBlock_isNeverAnsweredAsText_butRepaired() {
        provider.then(Answer.json(completion("A plate.\n\n```jscad\n" + GOOD_JSCAD, List.of(), 10, 5)));
        provider.then(Answer.json(answer("A plate.", "jscad", GOOD_JSCAD)));

        AssistantAnswer answer = routing(List.of(JSCAD)).answer(design("a 40 mm plate", CodeLanguage.JSCAD));

        assertEquals(Optional.of(new PartCode(CodeLanguage.JSCAD, GOOD_JSCAD)), answer.reply().code());
        String repair = lastMessage(provider.received().get(1));
        assertTrue(repair.contains("no whole fenced code block"), repair);
    }
}
