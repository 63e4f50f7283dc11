package dev.slicewise.domain.assistant;

import dev.slicewise.domain.Require;

import java.util.List;

/**
 * An action for the client. Only {@link ActionName#ASK_USER_TO_CHOOSE_FROM_OPTIONS} carries arguments: the
 * options, at least one.
 */
public record AgentAction(ActionName name, List<String> options) {

    public AgentAction {
        Require.present(name, "name");
        options = List.copyOf(Require.present(options, "options"));
        boolean asksToChoose = name == ActionName.ASK_USER_TO_CHOOSE_FROM_OPTIONS;
        if (asksToChoose && options.isEmpty()) {
            throw new IllegalArgumentException("ask_user_to_choose_from_options needs at least one option");
        }
        if (!asksToChoose && !options.isEmpty()) {
            throw new IllegalArgumentException(name.wireName() + " takes no options");
        }
    }

    public static AgentAction of(ActionName name) {
        return new AgentAction(name, List.of());
    }

    public static AgentAction chooseFrom(List<String> options) {
        return new AgentAction(ActionName.ASK_USER_TO_CHOOSE_FROM_OPTIONS, options);
    }
}
