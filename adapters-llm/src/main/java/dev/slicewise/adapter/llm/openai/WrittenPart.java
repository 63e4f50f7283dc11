package dev.slicewise.adapter.llm.openai;

import dev.slicewise.application.port.out.CodeRun;
import dev.slicewise.application.port.out.PartCodeRunner;
import dev.slicewise.domain.assistant.AssistantReply;
import dev.slicewise.domain.assistant.AssistantRequest;
import dev.slicewise.domain.cad.CodeLanguage;
import dev.slicewise.domain.cad.PartCode;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.summary.ConversationSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.openai.OpenAiChatOptions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A part the model writes as code (a design turn the embedded engine cannot design): the model gets the rules of the
 * asked language ({@code part-jscad.txt}, {@code part-openscad.txt}: the API subset, millimetres, parameters first,
 * one function per feature, the code in one fenced block) and the conversation, without tools. The code of its first
 * fenced block is run by the language's {@link PartCodeRunner} (an answer without a fence is words only, and one with
 * a fence but no whole block counts as code that failed); code that does not build a solid (or is refused) gets
 * one repair request with the runner's error, and code that still does not build ends the turn with an honest
 * sentence and no code. Without a runner for the language the model is not asked ({@link #checks}): nothing could
 * check its code.
 * The reply's text is the model's prose without the code block; its code is the checked code.
 */
final class WrittenPart {

    private static final Logger LOG = LoggerFactory.getLogger(WrittenPart.class);
    /** A fenced block: its opening fence with an optional language word, its text, its closing fence. */
    private static final String FENCE = "```";
    private static final Pattern FENCED = Pattern.compile("```[\\w+-]*[^\\n]*\\n(.*?)```", Pattern.DOTALL);

    private final Map<CodeLanguage, PartCodeRunner> runners = new EnumMap<>(CodeLanguage.class);
    private final Map<CodeLanguage, String> instructions = new EnumMap<>(CodeLanguage.class);

    WrittenPart(List<PartCodeRunner> runners) {
        runners.forEach(runner -> this.runners.put(runner.language(), runner));
        instructions.put(CodeLanguage.JSCAD, resource("part-jscad.txt"));
        instructions.put(CodeLanguage.OPENSCAD, resource("part-openscad.txt"));
    }

    /** What a design turn gave: the reply, and the completion it came from (its tokens count the repair's). */
    record Written(AssistantReply reply, Completion completion) {
    }

    /** Whether a runner checks code of the language: without one, no model is asked for a part in it. */
    boolean checks(CodeLanguage code) {
        return runners.containsKey(code);
    }

    /** The honest answer when no runner checks code of the request's language. */
    static AssistantReply unchecked(AssistantRequest request, Language language) {
        return AssistantReply.text(PartSentences.noRunner(request.codeLanguage(), language), List.of());
    }

    /**
     * The part for the request, written by the provider and checked; a {@link ProviderFailure} of the provider, on the
     * first request or the repair, is thrown for the chain to try the next one.
     */
    Written write(ProviderClient provider, AssistantRequest request, Language language,
                  Optional<Double> temperature) {
        CodeLanguage code = request.codeLanguage();
        PartCodeRunner runner = runners.get(code);
        if (runner == null) {
            throw new IllegalStateException("no runner checks " + code + " code");
        }
        List<Message> messages = messages(request, language);
        Completion completion = provider.complete(prompt(messages, temperature));
        if (!completion.text().contains(FENCE)) {
            return new Written(AssistantReply.text(completion.text().strip(), List.of()), completion);
        }
        Optional<Fenced> fenced = Fenced.of(completion.text());
        CodeRun run = check(runner, fenced);
        if (!(run instanceof CodeRun.Built)) {
            String error = error(run);
            LOG.info("The part code of LLM provider {} did not build ({}); asking once for a repair",
                    provider.settings().name(), run.getClass().getSimpleName());
            List<Message> repair = new ArrayList<>(messages);
            repair.add(new AssistantMessage(completion.text()));
            repair.add(new UserMessage(repairRequest(code, error)));
            completion = provider.complete(prompt(repair, temperature)).after(completion);
            fenced = Fenced.of(completion.text());
            run = check(runner, fenced);
        }
        if (!(run instanceof CodeRun.Built)) {
            LOG.info("The part code of LLM provider {} did not build after the repair ({}); answering without code",
                    provider.settings().name(), run.getClass().getSimpleName());
            return new Written(AssistantReply.text(PartSentences.notBuilt(language), List.of()),
                    completion);
        }
        Fenced checked = fenced.orElseThrow();
        return new Written(new AssistantReply(checked.prose(), List.of(), Optional.empty(), List.of(),
                Optional.of(new PartCode(code, checked.code()))), completion);
    }

    /** The rules of the language, then the conversation (condensed when long, as every turn's). */
    List<Message> messages(AssistantRequest request, Language language) {
        List<Message> messages = new ArrayList<>();
        messages.add(new SystemMessage(instructions.get(request.codeLanguage()).replace("{language}",
                language.tag())));
        messages.addAll(TurnPrompt.history(ConversationSummary.of(request.conversation(), request.slicingProfiles()),
                language));
        return messages;
    }

    /** The block's code run; an answer with a fence but no whole block is a failure, never text that holds code. */
    private static CodeRun check(PartCodeRunner runner, Optional<Fenced> fenced) {
        return fenced.map(block -> runner.run(block.code())).orElseGet(() -> new CodeRun.Failed(
                "the answer has no whole fenced code block: open it with " + FENCE + " and close it with " + FENCE));
    }

    private static String repairRequest(CodeLanguage code, String error) {
        return "The service ran your " + (code == CodeLanguage.JSCAD ? "JSCAD" : "OpenSCAD") + " code and it did "
                + "not build the part:\n" + error + "\nWrite the whole corrected code again in one fenced block, "
                + "following the rules, with a short description before it.";
    }

    private static String error(CodeRun run) {
        return switch (run) {
            case CodeRun.Refused refused -> refused.reason();
            case CodeRun.Failed failed -> failed.error();
            case CodeRun.Built built -> throw new IllegalArgumentException("a built part has no error");
        };
    }

    private static Prompt prompt(List<Message> messages, Optional<Double> temperature) {
        return new Prompt(messages, OpenAiChatOptions.builder().temperature(temperature.orElse(null)).build());
    }

    /** The first fenced block of a model's answer, and the answer's prose around it. */
    record Fenced(String code, String prose) {

        static Optional<Fenced> of(String text) {
            Matcher block = FENCED.matcher(text);
            if (!block.find() || block.group(1).isBlank()) {
                return Optional.empty();
            }
            String prose = (text.substring(0, block.start()) + "\n\n" + text.substring(block.end()))
                    .replaceAll("\\n{3,}", "\n\n").strip();
            return Optional.of(new Fenced(block.group(1).strip() + "\n", prose));
        }
    }

    private static String resource(String name) {
        try (InputStream in = WrittenPart.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
