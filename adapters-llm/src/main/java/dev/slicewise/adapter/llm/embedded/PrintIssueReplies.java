package dev.slicewise.adapter.llm.embedded;

import dev.slicewise.domain.assistant.ActionName;
import dev.slicewise.domain.assistant.AgentAction;
import dev.slicewise.domain.assistant.AssistantReply;
import dev.slicewise.domain.assistant.AssistantRequest;
import dev.slicewise.domain.assistant.Intent;
import dev.slicewise.domain.conversation.ChatMessage;
import dev.slicewise.domain.conversation.Conversation;
import dev.slicewise.domain.conversation.Role;

import java.util.List;
import java.util.Optional;

/**
 * Print problems. Outside troubleshooting, the assistant restates the problem and asks to confirm troubleshooting.
 * Within it, each reply keeps the client in the workflow and takes the next step the conversation has not had yet:
 * ask whether the print used the current settings, give first advice for the defect and ask whether it helped, then
 * hand over to support. When the user is done, or asks for something else, the assistant offers to end it.
 */
final class PrintIssueReplies {

    private static final int QUOTE_LENGTH = 120;
    private static final AgentAction STAY_IN_TROUBLESHOOTING = AgentAction.of(ActionName.SET_PRINT_TROUBLESHOOTING_FLOW);

    private final Vocabulary vocabulary;

    PrintIssueReplies(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    AssistantReply confirmTroubleshooting(String report, ReplyTexts texts) {
        String restated = vocabulary.defectIn(NormalisedText.of(report))
                .map(defect -> texts.text("issue." + defect.name()))
                .orElseGet(() -> texts.text("issue.unrecognised", quote(report)));
        return AssistantReply.text(restated + " " + texts.text("issue.askCurrentSettings"),
                List.of(AgentAction.of(ActionName.CONFIRM_PRINT_TROUBLESHOOTING_FLOW)));
    }

    AssistantReply troubleshoot(AssistantRequest request, ReplyTexts texts) {
        Conversation conversation = request.conversation();
        NormalisedText latest = NormalisedText.of(conversation.latestUserText().orElse(""));
        Intent intent = request.classification().intent();
        if (vocabulary.has(Cue.DONE, latest) && !vocabulary.has(Cue.NOT_DONE, latest)) {
            return offerToEnd(texts.text("troubleshooting.end"));
        }
        if (intent == Intent.CONTACT_SUPPORT) {
            return handOver(texts);
        }
        if (intent == Intent.OFF_TOPIC || intent.isControlAction()) {
            return offerToEnd(texts.text("troubleshooting.changeTopic"));
        }
        if (!asked(conversation, texts.text("troubleshooting.askSettings"))) {
            return AssistantReply.text(texts.text("troubleshooting.askSettings"), List.of(STAY_IN_TROUBLESHOOTING,
                    AgentAction.chooseFrom(List.of(texts.text("troubleshooting.option.currentSettings"),
                            texts.text("troubleshooting.option.otherSettings")))));
        }
        if (!asked(conversation, texts.text("troubleshooting.askFixed"))) {
            String advice = reportedDefect(conversation)
                    .map(defect -> texts.text("troubleshooting.advice." + defect.name()))
                    .orElseGet(() -> texts.text("troubleshooting.advice.unrecognised"));
            return AssistantReply.text(advice + " " + texts.text("troubleshooting.askFixed"), List.of(
                    STAY_IN_TROUBLESHOOTING, AgentAction.chooseFrom(List.of(texts.text("troubleshooting.option.fixed"),
                            texts.text("troubleshooting.option.notFixed")))));
        }
        if (!asked(conversation, texts.text("troubleshooting.support"))) {
            return handOver(texts);
        }
        return offerToEnd(texts.text("troubleshooting.noMoreSteps"));
    }

    private static AssistantReply handOver(ReplyTexts texts) {
        return AssistantReply.text(texts.text("troubleshooting.support"),
                List.of(STAY_IN_TROUBLESHOOTING, AgentAction.of(ActionName.CONTACT_SUPPORT)));
    }

    private static AssistantReply offerToEnd(String content) {
        return AssistantReply.text(content, List.of(AgentAction.of(ActionName.CONFIRM_END_TROUBLESHOOTING)));
    }

    private static boolean asked(Conversation conversation, String prompt) {
        return conversation.messages().stream()
                .anyMatch(message -> message.role() == Role.ASSISTANT && message.content().contains(prompt));
    }

    /** The defect of the newest user message that names one. */
    private Optional<Defect> reportedDefect(Conversation conversation) {
        List<ChatMessage> userMessages = conversation.messages().stream()
                .filter(message -> message.role() == Role.USER).toList();
        return userMessages.reversed().stream()
                .flatMap(message -> vocabulary.defectIn(NormalisedText.of(message.content())).stream())
                .findFirst();
    }

    private static String quote(String report) {
        String flat = report.strip().replaceAll("\\s+", " ");
        if (flat.codePointCount(0, flat.length()) <= QUOTE_LENGTH) {
            return flat;
        }
        return flat.substring(0, flat.offsetByCodePoints(0, QUOTE_LENGTH - 1)) + "…";
    }
}
