package dev.slicewise.adapter.llm.openai;

import dev.slicewise.adapter.llm.embedded.EmbeddedAssistantModel;
import dev.slicewise.application.port.out.AssistantModel;
import dev.slicewise.domain.assistant.AssistantAnswer;
import dev.slicewise.domain.assistant.AssistantReply;
import dev.slicewise.domain.assistant.AssistantRequest;
import dev.slicewise.domain.assistant.Classification;
import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.assistant.Provenance;
import dev.slicewise.domain.catalog.SettingsCatalog;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.conversation.LanguageDetector;
import dev.slicewise.domain.conversation.Workflow;
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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The assistant with OpenAI-compatible providers ({@code SLICEWISE_ASSISTANT_MODE=llm}):
 * <ol>
 *   <li>a slicer, printer, filament or UI command the classifier recognised (it reports nothing it is unsure of as
 *       such: that is {@code unclear}) is answered by the embedded engine, with no model call;</li>
 *   <li>anything else goes to the providers in their configured order, with the tools of {@link AssistantTools} and
 *       the context of {@link TurnPrompt}; a timeout, 429, 5xx, refused connection or garbage answer moves on to the
 *       next provider; malformed tool arguments get one repair request to the same provider;</li>
 *   <li>when no provider produced a reply (or a repair failed), the embedded engine answers, and the provenance
 *       says that the chain fell back.</li>
 * </ol>
 * Every model reply passes {@link GuardedReply}, the same guardrail as the embedded engine's. Failures are logged
 * with the provider's name and the kind of failure only, never a key or a message.
 */
public final class SpringAiAssistantModel implements AssistantModel {

    private static final Logger LOG = LoggerFactory.getLogger(SpringAiAssistantModel.class);

    private final List<ProviderClient> providers;
    private final EmbeddedAssistantModel embedded;
    private final AssistantTools tools;
    private final TurnPrompt prompt;
    private final GuardedReply guarded;

    SpringAiAssistantModel(List<ProviderClient> providers, EmbeddedAssistantModel embedded,
                           SettingsCatalog catalog, DefectKnowledge defects) {
        if (providers.isEmpty()) {
            throw new IllegalArgumentException("the llm assistant needs at least one provider");
        }
        this.providers = List.copyOf(providers);
        this.embedded = embedded;
        this.tools = new AssistantTools(catalog);
        this.prompt = new TurnPrompt(catalog, defects);
        this.guarded = new GuardedReply(catalog);
    }

    /** The providers of the settings, in order, each through its own Spring AI chat model. */
    public static SpringAiAssistantModel of(List<ProviderSettings> chain) {
        List<ProviderClient> clients = chain.stream()
                .map(settings -> new ProviderClient(settings,
                        new DirectOpenAiChatModel(OpenAiChatModels.api(settings), settings))).toList();
        return new SpringAiAssistantModel(clients, new EmbeddedAssistantModel(), SettingsCatalog.standard(),
                DefectKnowledge.standard());
    }

    @Override
    public AssistantAnswer answer(AssistantRequest request) {
        long started = System.nanoTime();
        if (request.classification().intent().isControlAction()) {
            return embedded(request, started, false);
        }
        Language language = LanguageDetector.detect(request.conversation().latestUserText().orElse(""),
                request.language());
        List<Message> messages = prompt.messages(request, language);
        for (ProviderClient provider : providers) {
            try {
                Optional<Answered> answered = ask(provider, messages, request, language);
                if (answered.isEmpty()) {
                    return embedded(request, started, true);
                }
                ProviderSettings settings = provider.settings();
                Completion completion = answered.get().completion();
                return new AssistantAnswer(answered.get().reply(), new Provenance(settings.name(), settings.model(),
                        completion.promptTokens(), completion.completionTokens(), since(started),
                        provider != providers.getFirst()));
            } catch (ProviderFailure failure) {
                LOG.warn("LLM provider {} failed ({}); trying the next one", provider.settings().name(),
                        failure.getMessage());
            }
        }
        return embedded(request, started, true);
    }

    private record Answered(AssistantReply reply, Completion completion) {
    }

    /**
     * One provider's reply; empty when its tool arguments stayed malformed after the repair request. A provider
     * failure, or an answer with nothing to say or do, is a {@link ProviderFailure}.
     */
    private Optional<Answered> ask(ProviderClient provider, List<Message> messages, AssistantRequest request,
                                   Language language) {
        Completion completion = provider.complete(prompt(messages));
        AssistantTools.Read read = tools.read(completion.toolCalls());
        if (read instanceof AssistantTools.Read.Malformed malformed) {
            LOG.warn("LLM provider {} wrote malformed tool arguments ({}); asking once for a repair",
                    provider.settings().name(), malformed.reason());
            Completion repaired = provider.complete(prompt(repairRequest(messages, completion, malformed)))
                    .after(completion);
            read = tools.read(repaired.toolCalls());
            completion = repaired;
        }
        if (!(read instanceof AssistantTools.Read.Proposal proposal)) {
            return Optional.empty();
        }
        AssistantReply reply = guarded.of(completion.text(), proposal, request.slicingProfiles(), language)
                .orElseThrow(() -> new ProviderFailure(ProviderFailure.Kind.GARBAGE, "an answer with nothing in it"));
        return Optional.of(new Answered(embedded.keptToStep(reply.content().isBlank() ? worded(reply, request) : reply,
                request), completion));
    }

    /**
     * A reply of actions only (models often call tools without a word) gets the embedded engine's sentence for its
     * first slicer, printer, filament or UI action, in the user's language, so the user sees what happens.
     */
    private AssistantReply worded(AssistantReply reply, AssistantRequest request) {
        return reply.actions().stream()
                .flatMap(action -> Arrays.stream(Intent.values())
                        .filter(intent -> intent.isControlAction() && intent.action().equals(Optional.of(action.name()))))
                .findFirst()
                .map(intent -> embedded.reply(new AssistantRequest(request.conversation(), Workflow.QUERY_INTENT,
                        new Classification(intent, 1), request.slicingProfiles(), request.plates(),
                        request.language(), Optional.empty())).content())
                .map(words -> new AssistantReply(words, reply.actions(), reply.recommendation(), reply.explanations()))
                .orElse(reply);
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

    private Prompt prompt(List<Message> messages) {
        return new Prompt(messages, OpenAiChatOptions.builder().tools(tools.definitions()).build());
    }

    private AssistantAnswer embedded(AssistantRequest request, long started, boolean fellBack) {
        AssistantReply reply = embedded.reply(request);
        return new AssistantAnswer(reply, Provenance.embedded(since(started), fellBack));
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
