package dev.slicewise.domain.session;

import dev.slicewise.domain.assistant.ActionName;
import dev.slicewise.domain.assistant.AgentAction;
import dev.slicewise.domain.conversation.Role;
import dev.slicewise.domain.conversation.Workflow;

import java.util.List;
import java.util.Set;

/**
 * The workflow a kept conversation is in, read from its answers as the partner API's client reads them: an answer
 * that sets the print troubleshooting flow enters it, and so does one that asks to confirm it (its text asks the
 * flow's first question, and the flow itself reads a reply that is no answer as another topic and offers to end);
 * one that offers to end it (the client of the partner API leaves when the user confirms; here the next message is
 * read as a new request), starts the chat over or hands the user to support leaves it. The newest such answer decides; none means
 * the default workflow.
 */
public final class SessionWorkflow {

    private static final Set<ActionName> ENTERING = Set.of(ActionName.SET_PRINT_TROUBLESHOOTING_FLOW,
            ActionName.CONFIRM_PRINT_TROUBLESHOOTING_FLOW);
    private static final Set<ActionName> LEAVING = Set.of(ActionName.CONFIRM_END_TROUBLESHOOTING,
            ActionName.START_CHAT_OVER, ActionName.CONTACT_SUPPORT);

    private SessionWorkflow() {
    }

    /** The workflow after {@code messages}, oldest first. */
    public static Workflow after(List<SessionMessage> messages) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            SessionMessage message = messages.get(i);
            if (message.role() != Role.ASSISTANT) {
                continue;
            }
            List<ActionName> actions = message.actions().stream().map(AgentAction::name).toList();
            if (actions.stream().anyMatch(ENTERING::contains)) {
                return Workflow.PRINT_TROUBLESHOOTING;
            }
            if (actions.stream().anyMatch(LEAVING::contains)) {
                return Workflow.QUERY_INTENT;
            }
        }
        return Workflow.QUERY_INTENT;
    }
}
