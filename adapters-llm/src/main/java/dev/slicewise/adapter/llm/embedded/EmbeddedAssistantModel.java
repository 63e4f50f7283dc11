package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.application.port.out.AssistantModel;
import dev.slicewise.application.port.out.ReplyStream;
import dev.slicewise.application.port.out.TroubleshootingWording;
import dev.slicewise.domain.assistant.AssistantAnswer;
import dev.slicewise.domain.assistant.AssistantReply;
import dev.slicewise.domain.assistant.AssistantRequest;
import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.assistant.Provenance;
import dev.slicewise.domain.catalog.SettingsCatalog;
import dev.slicewise.domain.conversation.LanguageDetector;
import dev.slicewise.domain.knowledge.defects.DefectKnowledge;
import dev.slicewise.domain.slicing.SlicingProfiles;
import dev.slicewise.domain.summary.Awaiting;
import dev.slicewise.domain.troubleshooting.Troubleshooting;
import dev.slicewise.domain.troubleshooting.TroubleshootingStep;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The embedded assistant: rule-based, deterministic, no network. It writes each reply from the classified intent, in
 * the language of the user's latest message (the request's language when that cannot be told, or when the message is
 * a troubleshooting option's label in it). Slicing settings come from the domain's knowledge through the guardrail;
 * the print troubleshooting's step comes with the request, decided by the domain, and the engine words it, answering
 * other questions as asides. It always runs: alone, or beside the model providers as the engine of commands and the
 * safety net (the application's routing decides); it also keeps another engine's reply to the troubleshooting step
 * ({@link #keptToStep}).
 */
@Singleton
@Named("embedded")
public final class EmbeddedAssistantModel implements AssistantModel, TroubleshootingWording {

    private final ControlReplies control = new ControlReplies();
    private final Vocabulary vocabulary = Vocabulary.standard();
    private final Troubleshooting troubleshooting = Troubleshooting.standard();
    private final ConversationReplies conversation;
    private final PrintIssueReplies printIssues;
    private final RetrieveReplies retrieve;
    private final DetermineReplies determine;
    private final DesignReplies design = new DesignReplies();

    public EmbeddedAssistantModel() {
        SettingsCatalog catalog = SettingsCatalog.standard();
        this.conversation = new ConversationReplies(vocabulary);
        this.printIssues = new PrintIssueReplies(catalog);
        this.retrieve = new RetrieveReplies(vocabulary, catalog);
        this.determine = new DetermineReplies(vocabulary, catalog);
    }

    /** The reply is written at once, then streamed sentence by sentence. */
    @Override
    public ReplyStream stream(AssistantRequest request) {
        long started = System.nanoTime();
        AssistantReply reply = reply(request);
        return ReplyStream.of(new AssistantAnswer(reply,
                Provenance.embedded(Duration.ofNanos(System.nanoTime() - started), false)));
    }

    /** The embedded engine's reply to a turn. */
    public AssistantReply reply(AssistantRequest request) {
        ReplyTexts texts = texts(request);
        String latest = request.conversation().latestUserText().orElse("");
        NormalisedText message = NormalisedText.of(latest);
        Intent intent = request.classification().intent();
        return request.troubleshooting()
                .map(step -> printIssues.word(step, latest, profilesOrNone(request), texts,
                        () -> replyTo(request, intent, message, texts)))
                .orElseGet(() -> replyTo(request, intent, message, texts));
    }

    /**
     * A reply another model wrote to a turn, kept to the troubleshooting step the turn takes, if it takes one: an
     * aside keeps the model's answer and brings the user back to what is pending; any other step keeps the model's
     * words, adds the step's own texts where the words lack them (each on a line of its own, as the next turn reads
     * them back), and takes the step's actions and settings, not the model's: the domain decided the step.
     */
    @Override
    public AssistantReply keptToStep(AssistantReply written, AssistantRequest request) {
        if (request.troubleshooting().isEmpty()) {
            return written;
        }
        TroubleshootingStep step = request.troubleshooting().get();
        ReplyTexts texts = texts(request);
        if (step instanceof TroubleshootingStep.Aside(Awaiting pending)) {
            return printIssues.resume(written, pending, texts);
        }
        AssistantReply worded = reply(request);
        if (written.content().isBlank()) {
            return worded;
        }
        List<String> lines = new ArrayList<>(List.of(written.content().strip()));
        Set<String> said = written.content().lines().map(String::strip).collect(Collectors.toSet());
        troubleshooting.waitsOn(step, texts.language()).stream()
                .filter(text -> !said.contains(text) && !(step instanceof TroubleshootingStep.Confirm
                        && written.content().contains(text)))
                .forEach(lines::add);
        return new AssistantReply(String.join("\n", lines), worded.actions(), worded.recommendation(),
                worded.explanations());
    }

    /**
     * The texts of the reply: in the language of the user's latest message, or the request's when the message is an
     * option's label in it (a label is too short to tell its language by).
     */
    private static ReplyTexts texts(AssistantRequest request) {
        String latest = request.conversation().latestUserText().orElse("");
        return ReplyTexts.in(DefectKnowledge.standard().isLabel(latest, request.language())
                ? request.language() : LanguageDetector.detect(latest, request.language()));
    }

    private AssistantReply replyTo(AssistantRequest request, Intent intent, NormalisedText message, ReplyTexts texts) {
        return switch (intent) {
            case DETERMINE_SLICING_SETTINGS -> determine.reply(request.conversation(), profiles(request), request.plates(),
                    texts);
            case RETRIEVE_SLICING_SETTINGS -> retrieve.reply(message, profiles(request), texts);
            case PRINT_ISSUE -> throw new IllegalStateException(
                    "the domain decides the troubleshooting step of a print issue, which the request carries");
            case SLICE_MODEL, AUTO_ORIENT, AUTO_ARRANGE, ADD_PRINTERS, CHANGE_PRINTER, ADD_FILAMENTS, CHANGE_FILAMENT,
                 CONTACT_SUPPORT, START_CHAT_OVER -> control.reply(intent, texts);
            case GENERAL_QUESTION -> conversation.answer(message, texts);
            case GREETING -> conversation.greet(texts);
            case OFF_TOPIC -> conversation.decline(texts);
            case GENERATE_MODEL -> design.reply(request, request.conversation().latestUserText().orElse(""), texts);
            case UNCLEAR -> conversation.clarify(request.classification(), texts);
        };
    }

    /** The user's profiles; troubleshooting needs none, and works from the material's knowledge without them. */
    private static SlicingProfiles profilesOrNone(AssistantRequest request) {
        return Troubleshooting.profilesOrNone(request.slicingProfiles());
    }

    private static SlicingProfiles profiles(AssistantRequest request) {
        return request.slicingProfiles().orElseThrow(() -> new IllegalStateException(
                "the application checks the slicing prerequisites before asking about settings"));
    }
}
