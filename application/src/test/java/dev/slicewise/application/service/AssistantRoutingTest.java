package dev.slicewise.application.service;

import dev.slicewise.application.inmemory.InMemoryMetrics;
import dev.slicewise.application.port.out.AssistantModel;
import dev.slicewise.application.port.out.ReplyStream;
import dev.slicewise.domain.assistant.ActionName;
import dev.slicewise.domain.assistant.AgentAction;
import dev.slicewise.domain.assistant.AssistantAnswer;
import dev.slicewise.domain.assistant.AssistantReply;
import dev.slicewise.domain.assistant.AssistantRequest;
import dev.slicewise.domain.assistant.Classification;
import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.assistant.ModelChoice;
import dev.slicewise.domain.assistant.Provenance;
import dev.slicewise.domain.cad.CodeLanguage;
import dev.slicewise.domain.cad.PartCode;
import dev.slicewise.domain.conversation.ChatMessage;
import dev.slicewise.domain.conversation.Conversation;
import dev.slicewise.domain.conversation.Language;
import dev.slicewise.domain.conversation.Workflow;
import dev.slicewise.domain.slicing.SlicingRecommendation;
import dev.slicewise.domain.troubleshooting.TroubleshootingStep;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Which engine answers a turn when a provider is configured: the intent model first, above the threshold. */
class AssistantRoutingTest {

    private static final double THRESHOLD = 0.75;
    private static final AssistantReply RECOMMENDED = new AssistantReply("Stronger: more walls.", List.of(),
            Optional.of(new SlicingRecommendation(Optional.empty(), Map.of(), Map.of("wall_loops", "4"))),
            List.of());
    private static final AssistantReply MENU = AssistantReply.text("What would you like to improve?",
            List.of(AgentAction.chooseFrom(List.of("Strength", "Speed"))));
    private static final Provenance BY_MODEL = new Provenance("primary", "gpt-test", 10, 5, Duration.ZERO, false);

    private AssistantReply embeddedReply = RECOMMENDED;
    private final AtomicReference<ModelChoice> providerAsked = new AtomicReference<>();

    private final AssistantModel embedded = request -> ReplyStream.of(new AssistantAnswer(embeddedReply,
            Provenance.embedded(Duration.ZERO, false)));
    private final AssistantModel provider = request -> {
        providerAsked.set(request.choice());
        return ReplyStream.of(new AssistantAnswer(AssistantReply.text("From the model.", List.of()), BY_MODEL));
    };
    private final AssistantRouting routing = new AssistantRouting(embedded, (written, request) -> written,
            Optional.of(provider), THRESHOLD, new InMemoryMetrics());

    private static AssistantRequest request(Intent intent, double confidence, ModelChoice choice,
                                            Optional<TroubleshootingStep> step) {
        return new AssistantRequest(Conversation.of(ChatMessage.user("make it stronger")), Workflow.QUERY_INTENT,
                intent == Intent.UNCLEAR
                        ? new Classification(intent, confidence, List.of(Intent.DETERMINE_SLICING_SETTINGS))
                        : new Classification(intent, confidence),
                Optional.empty(), List.of(), Language.EN, step, choice, CodeLanguage.JSCAD);
    }

    private String answeredBy(AssistantRequest request) {
        return routing.answer(request).provenance().provider();
    }

    @Test
    void anIntentTheModelIsSureOf_isAnsweredByTheEmbeddedEngine() {
        assertEquals(Provenance.EMBEDDED, answeredBy(request(Intent.DETERMINE_SLICING_SETTINGS, 0.9,
                ModelChoice.ROUTED, Optional.empty())));
        assertNull(providerAsked.get(), "the provider was not asked");
    }

    @Test
    void atOrBelowTheThreshold_theProviderAnswers() {
        assertEquals("primary", answeredBy(request(Intent.DETERMINE_SLICING_SETTINGS, THRESHOLD, ModelChoice.ROUTED,
                Optional.empty())));
    }

    @Test
    void anUnclearMessage_goesToTheProvider_whateverItsScore() {
        assertEquals("primary", answeredBy(request(Intent.UNCLEAR, 0.95, ModelChoice.ROUTED, Optional.empty())));
    }

    @Test
    void anAnswerThatOnlyAsksBack_goesToTheProvider_butATroubleshootingStepStaysEmbedded() {
        embeddedReply = MENU;

        assertEquals("primary", answeredBy(request(Intent.DETERMINE_SLICING_SETTINGS, 0.9, ModelChoice.ROUTED,
                Optional.empty())));
        assertEquals(Provenance.EMBEDDED, answeredBy(request(Intent.PRINT_ISSUE, 0.9, ModelChoice.ROUTED,
                Optional.of(new TroubleshootingStep.AskProblem(false)))));
    }

    @Test
    void theCallersChoice_decides_andItsTemperatureReachesTheProvider() {
        ModelChoice model = new ModelChoice(Optional.of("gpt-test"), Optional.of(0.2));

        assertEquals(Provenance.EMBEDDED, answeredBy(request(Intent.UNCLEAR, 0.1,
                new ModelChoice(Optional.of(Provenance.EMBEDDED), Optional.empty()), Optional.empty())));
        assertEquals("primary", answeredBy(request(Intent.DETERMINE_SLICING_SETTINGS, 0.99, model,
                Optional.empty())));
        assertEquals(model, providerAsked.get());
    }

    @Test
    void aCommand_isAlwaysTheEmbeddedEngines() {
        embeddedReply = AssistantReply.text("Slicing.", List.of(AgentAction.of(ActionName.SLICE_MODEL)));

        assertEquals(Provenance.EMBEDDED, answeredBy(request(Intent.SLICE_MODEL, 0.5, ModelChoice.ROUTED,
                Optional.empty())));
    }

    @Test
    void aDesignTurn_staysEmbedded_onlyWhenTheEngineDesignedThePart() {
        embeddedReply = new AssistantReply("A 40 mm gear.", List.of(), Optional.empty(), List.of(),
                Optional.of(new PartCode(CodeLanguage.JSCAD, "function main() { return CSG.cube(); }")));
        assertEquals(Provenance.EMBEDDED, answeredBy(request(Intent.GENERATE_MODEL, 0.9, ModelChoice.ROUTED,
                Optional.empty())));

        embeddedReply = AssistantReply.text("I can design boxes, gears, brackets...", List.of());
        assertEquals("primary", answeredBy(request(Intent.GENERATE_MODEL, 0.9, ModelChoice.ROUTED,
                Optional.empty())));
    }
}
