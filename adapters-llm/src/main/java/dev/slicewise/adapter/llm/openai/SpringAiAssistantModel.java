package dev.slicewise.adapter.llm.openai;

import dev.slicewise.application.port.out.AssistantModel;
import dev.slicewise.application.port.out.AssistantUnavailable;
import dev.slicewise.application.port.out.Metrics;
import dev.slicewise.application.port.out.PartCodeRunner;
import dev.slicewise.application.port.out.ReplyStream;
import dev.slicewise.domain.assistant.AssistantAnswer;
import dev.slicewise.domain.assistant.AssistantReply;
import dev.slicewise.domain.assistant.AssistantRequest;
import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.assistant.Provenance;
import dev.slicewise.domain.assistant.ReplyEvent;
import dev.slicewise.domain.catalog.SettingsCatalog;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.conversation.LanguageDetector;
import dev.slicewise.domain.knowledge.defects.DefectKnowledge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.ToolResponseMessage;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.openai.OpenAiChatOptions;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The assistant on OpenAI-compatible providers ({@code SLICEWISE_ASSISTANT_MODE=llm}): the turn goes to the
 * {@link ProviderChain} with the tools of {@link AssistantTools} and the context of {@link TurnPrompt}. The model's
 * text streams as it arrives; its tool calls are read when it has finished: malformed arguments get one repair request to
 * the same provider, and the proposal passes {@link GuardedReply}, the same guardrail as the embedded engine's, before
 * the completed answer carries it. A provider that fails before it began to answer (or, when it does not stream,
 * whose whole answer is unusable) hands over to the next one; when no provider answers, or one fails half-way, the
 * stream throws {@link AssistantUnavailable} and the application's routing decides what the user gets.
 * A design turn ({@link Intent#GENERATE_MODEL}) is a {@link WrittenPart}: the model writes the part's code, which is run
 * before anyone sees it, so nothing of its answer streams while it is written; the checked answer's prose is streamed
 * sentence by sentence once the code has run, and the code comes with the completed answer only.
 */
public final class SpringAiAssistantModel implements AssistantModel {

    private static final Logger LOG = LoggerFactory.getLogger(SpringAiAssistantModel.class);

    private final ProviderChain providers;
    private final AssistantTools tools;
    private final TurnPrompt prompt;
    private final GuardedReply guarded;
    private final WrittenPart parts;

    SpringAiAssistantModel(ProviderChain providers, SettingsCatalog catalog, DefectKnowledge defects,
                           List<PartCodeRunner> runners) {
        this.providers = providers;
        this.tools = new AssistantTools(catalog);
        this.prompt = new TurnPrompt(catalog, defects);
        this.guarded = new GuardedReply(catalog);
        this.parts = new WrittenPart(runners);
    }

    /**
     * The providers of the settings, in order, each through its own chat model; the parts they write are checked by
     * the runners (one per language at most; a language without one gets no code).
     */
    public static SpringAiAssistantModel of(List<ProviderSettings> chain, List<PartCodeRunner> runners,
                                            Metrics metrics) {
        return new SpringAiAssistantModel(ProviderChain.of(chain,
                settings -> new ProviderClient(settings, new DirectOpenAiChatModel(settings)), metrics),
                SettingsCatalog.standard(), DefectKnowledge.standard(), runners);
    }

    @Override
    public ReplyStream stream(AssistantRequest request) {
        long started = System.nanoTime();
        Language language = LanguageDetector.detect(request.conversation().latestUserText().orElse(""),
                request.language());
        if (request.classification().intent() == Intent.GENERATE_MODEL) {
            return design(request, language, started);
        }
        List<Message> messages = prompt.messages(request, language);
        Prompt asked = prompt(messages, request.choice().temperature());
        ProviderChain.Provided<ModelReply> provided = providers.serving(request.choice().providerModel())
                .first("The assistant", provider -> {
                    ModelReply reply = new ModelReply(provider, provider.open(asked), messages, request, language,
                            started);
                    if (reply.arrived()) {
                        reply.finish();
                    }
                    return reply;
                });
        return provided.value().afterFailures(provided.fellBack());
    }

    /** A design turn: the first provider that answers writes the part, which is checked before it is streamed. */
    private ReplyStream design(AssistantRequest request, Language language, long started) {
        if (!parts.checks(request.codeLanguage())) {
            return ReplyStream.of(new AssistantAnswer(WrittenPart.unchecked(request, language),
                    Provenance.embedded(since(started), false)));
        }
        ProviderChain.Provided<WrittenPart.Written> provided = providers.serving(request.choice().providerModel())
                .first("The part design", provider -> parts.write(provider, request, language,
                        request.choice().temperature()));
        WrittenPart.Written written = provided.value();
        ProviderSettings settings = provided.provider().settings();
        return ReplyStream.of(new AssistantAnswer(written.reply(), new Provenance(settings.name(), settings.model(),
                written.completion().promptTokens(), written.completion().completionTokens(), since(started),
                provided.fellBack())));
    }

    /** One provider's reply: its text as it arrives, then the completed, guarded answer. */
    private final class ModelReply implements ReplyStream {

        private final ProviderClient provider;
        private final CompletionStream stream;
        private final List<Message> messages;
        private final AssistantRequest request;
        private final Language language;
        private Optional<Answered> answered = Optional.empty();
        private final long started;
        private boolean fellBack;
        private boolean completed;

        ModelReply(ProviderClient provider, CompletionStream stream, List<Message> messages, AssistantRequest request,
                   Language language, long started) {
            this.provider = provider;
            this.started = started;
            this.stream = stream;
            this.messages = messages;
            this.request = request;
            this.language = language;
        }

        /** Whether providers before this one failed. */
        ModelReply afterFailures(boolean fellBack) {
            this.fellBack = fellBack;
            return this;
        }

        boolean arrived() {
            return stream.arrived();
        }

        @Override
        public ReplyEvent next() {
            if (completed) {
                throw new IllegalStateException("the answer was completed");
            }
            try {
                Optional<String> text = stream.nextText();
                if (text.isPresent()) {
                    return new ReplyEvent.TextDelta(text.get());
                }
                Answered answer = finish();
                completed = true;
                ProviderSettings settings = provider.settings();
                return new ReplyEvent.Completed(new AssistantAnswer(answer.reply(), new Provenance(settings.name(),
                        settings.model(), answer.completion().promptTokens(), answer.completion().completionTokens(),
                        since(started), fellBack)));
            } catch (ProviderFailure failure) {
                close();
                LOG.warn("LLM provider {} failed after it began to answer ({})", provider.settings().name(),
                        failure.getMessage());
                throw new AssistantUnavailable(failure.getMessage());
            }
        }

        /**
         * The guarded reply of the whole completion; a {@link ProviderFailure} when it has nothing in it, an
         * {@link AssistantUnavailable} when its tool arguments stayed malformed after the repair request.
         */
        Answered finish() {
            if (answered.isPresent()) {
                return answered.get();
            }
            Completion completion = stream.completion();
            AssistantTools.Read read = tools.read(completion.toolCalls());
            if (read instanceof AssistantTools.Read.Malformed malformed) {
                LOG.warn("LLM provider {} wrote malformed tool arguments ({}); asking once for a repair",
                        provider.settings().name(), malformed.reason());
                completion = provider.complete(prompt(repairRequest(messages, completion, malformed),
                        request.choice().temperature()))
                        .after(completion);
                read = tools.read(completion.toolCalls());
            }
            if (!(read instanceof AssistantTools.Read.Proposal proposal)) {
                throw new AssistantUnavailable("the tool arguments stayed malformed after a repair request");
            }
            AssistantReply reply = guarded.of(completion.text(), proposal, request.slicingProfiles(), language)
                    .orElseThrow(() -> new ProviderFailure(ProviderFailure.Kind.GARBAGE,
                            "an answer with nothing in it"));
            answered = Optional.of(new Answered(reply, completion));
            return answered.get();
        }

        @Override
        public void close() {
            stream.close();
        }
    }

    private record Answered(AssistantReply reply, Completion completion) {
    }

    /** The conversation so far, the model's malformed calls, and an error result for each of them. */
    private static List<Message> repairRequest(List<Message> messages, Completion completion,
                                               AssistantTools.Read.Malformed malformed) {
        List<AssistantMessage.ToolCall> calls = completion.toolCalls().stream()
                .map(call -> new AssistantMessage.ToolCall(call.id(), "function", call.name(), call.arguments()))
                .toList();
        List<ToolResponseMessage.ToolResponse> errors = completion.toolCalls().stream()
                .map(call -> new ToolResponseMessage.ToolResponse(call.id(), call.name(),
                        "{\"error\": \"malformed arguments: " + malformed.reason().replace("\"", "'")
                                + "; call the tools again with arguments that follow their schemas\"}"))
                .toList();
        List<Message> repair = new ArrayList<>(messages);
        repair.add(AssistantMessage.builder().content(completion.text()).toolCalls(calls).build());
        repair.add(ToolResponseMessage.builder().responses(errors).build());
        return repair;
    }

    /** The messages with the assistant's tools, and the caller's temperature when it chose one. */
    private Prompt prompt(List<Message> messages, Optional<Double> temperature) {
        return new Prompt(messages, OpenAiChatOptions.builder().tools(tools.definitions())
                .temperature(temperature.orElse(null)).build());
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
