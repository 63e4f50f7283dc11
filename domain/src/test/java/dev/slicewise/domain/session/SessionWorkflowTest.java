package dev.slicewise.domain.session;

import dev.slicewise.domain.assistant.ActionName;
import dev.slicewise.domain.assistant.AgentAction;
import dev.slicewise.domain.conversation.Role;
import dev.slicewise.domain.conversation.Workflow;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SessionWorkflowTest {

    private static final SessionId SESSION = new SessionId(SessionId.PREFIX + "0".repeat(32));
    private static int messages;

    private static SessionMessage user(String text) {
        return new SessionMessage(messageId(), SESSION, Role.USER, text, List.of(), Optional.empty(),
                Instant.EPOCH);
    }

    private static SessionMessage answer(ActionName... actions) {
        return new SessionMessage(messageId(), SESSION, Role.ASSISTANT, "…",
                Arrays.stream(actions).map(AgentAction::of).toList(), Optional.empty(), Instant.EPOCH);
    }

    private static MessageId messageId() {
        return new MessageId(MessageId.PREFIX + "%032x".formatted(++messages));
    }

    @Test
    void aNewSession_isInTheDefaultWorkflow() {
        assertEquals(Workflow.QUERY_INTENT, SessionWorkflow.after(List.of()));
    }

    @Test
    void anAnswerThatAsksToConfirmOrSetsTheFlow_entersIt_andTheTurnsAfterStayInIt() {
        assertEquals(Workflow.PRINT_TROUBLESHOOTING, SessionWorkflow.after(List.of(user("stringing"),
                answer(ActionName.CONFIRM_PRINT_TROUBLESHOOTING_FLOW))));
        assertEquals(Workflow.PRINT_TROUBLESHOOTING, SessionWorkflow.after(List.of(user("stringing"),
                answer(ActionName.SET_PRINT_TROUBLESHOOTING_FLOW), user("PLA"), answer(), user("no"), answer())));
    }

    @Test
    void anOfferToEnd_aFreshStart_orSupport_leavesTheFlow() {
        for (ActionName leaving : List.of(ActionName.CONFIRM_END_TROUBLESHOOTING, ActionName.START_CHAT_OVER,
                ActionName.CONTACT_SUPPORT)) {
            assertEquals(Workflow.QUERY_INTENT, SessionWorkflow.after(List.of(user("stringing"),
                    answer(ActionName.SET_PRINT_TROUBLESHOOTING_FLOW), user("it worked"), answer(leaving))),
                    leaving.wireName());
        }
    }
}
