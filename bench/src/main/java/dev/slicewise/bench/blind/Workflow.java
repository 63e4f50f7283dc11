package dev.slicewise.bench.blind;

import com.fasterxml.jackson.databind.JsonNode;
import dev.slicewise.domain.assistant.ActionName;
import dev.slicewise.domain.assistant.Intent;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The workflow of a reply, from what the client sees: its {@code agent_actions}. The first rule that holds names it.
 *
 * <pre>
 * TROUBLESHOOTING  guide_print_issue_troubleshooting, confirm_print_troubleshooting_flow, set_print_troubleshooting_flow
 *                  or confirm_end_troubleshooting
 * RECOMMENDATION   determine_slicing_settings (whether it carries changes is the separate "recommended" check)
 * READOUT          retrieve_slicing_settings
 * ACTION           a slicer, printer, filament or UI action (slice_model, ..., contact_support, start_chat_over):
 *                  the first of them in the reply, which must be the expected intent's own action
 * MENU             ask_user_to_choose_from_options alone (a clarifying question with options)
 * TEXT             no agent action
 * </pre>
 *
 * Expected per intent: DETERMINE_SLICING_SETTINGS a RECOMMENDATION, RETRIEVE_SLICING_SETTINGS a READOUT, PRINT_ISSUE
 * TROUBLESHOOTING, the intents with an action ({@link Intent#action()}) that ACTION, GENERAL_QUESTION TEXT (an answer),
 * GREETING, OFF_TOPIC and UNCLEAR TEXT or MENU (no task to carry out: a reply or a question with options both fit).
 */
record Workflow(Kind kind, Optional<ActionName> action) {

    enum Kind { TROUBLESHOOTING, RECOMMENDATION, READOUT, ACTION, MENU, TEXT }

    private static final Set<ActionName> TROUBLESHOOTING_ACTIONS = EnumSet.of(
            ActionName.GUIDE_PRINT_ISSUE_TROUBLESHOOTING, ActionName.CONFIRM_PRINT_TROUBLESHOOTING_FLOW,
            ActionName.SET_PRINT_TROUBLESHOOTING_FLOW, ActionName.CONFIRM_END_TROUBLESHOOTING);

    /** The workflow of a reply's {@code message}. An action outside the closed vocabulary breaks the contract: the run stops. */
    static Workflow of(JsonNode message) {
        Set<ActionName> actions = new LinkedHashSet<>();
        for (JsonNode action : message.path("agent_actions")) {
            actions.add(byWireName(action.path("name").asText()));
        }
        if (actions.stream().anyMatch(TROUBLESHOOTING_ACTIONS::contains)) {
            return new Workflow(Kind.TROUBLESHOOTING, Optional.empty());
        }
        if (actions.contains(ActionName.DETERMINE_SLICING_SETTINGS)) {
            return new Workflow(Kind.RECOMMENDATION, Optional.empty());
        }
        if (actions.contains(ActionName.RETRIEVE_SLICING_SETTINGS)) {
            return new Workflow(Kind.READOUT, Optional.empty());
        }
        Optional<ActionName> control = actions.stream()
                .filter(a -> a != ActionName.ASK_USER_TO_CHOOSE_FROM_OPTIONS).findFirst();
        if (control.isPresent()) {
            return new Workflow(Kind.ACTION, control);
        }
        return new Workflow(actions.isEmpty() ? Kind.TEXT : Kind.MENU, Optional.empty());
    }

    private static ActionName byWireName(String wireName) {
        for (ActionName name : ActionName.values()) {
            if (name.wireName().equals(wireName)) {
                return name;
            }
        }
        throw new IllegalStateException("the service sent an agent action the client does not know: " + wireName);
    }

    /** Whether this workflow carries out the intent. */
    boolean fits(Intent intent) {
        return switch (intent) {
            case DETERMINE_SLICING_SETTINGS -> kind == Kind.RECOMMENDATION;
            case RETRIEVE_SLICING_SETTINGS -> kind == Kind.READOUT;
            case PRINT_ISSUE -> kind == Kind.TROUBLESHOOTING;
            case GENERAL_QUESTION, GENERATE_MODEL -> kind == Kind.TEXT;
            case GREETING, OFF_TOPIC, UNCLEAR -> kind == Kind.TEXT || kind == Kind.MENU;
            case SLICE_MODEL, AUTO_ORIENT, AUTO_ARRANGE, ADD_PRINTERS, CHANGE_PRINTER, ADD_FILAMENTS, CHANGE_FILAMENT,
                 CONTACT_SUPPORT, START_CHAT_OVER -> kind == Kind.ACTION && action.equals(intent.action());
        };
    }

    /** Whether the reply makes the slicer do anything: any action but a question with options. */
    boolean actsOnTheSlicer() {
        return kind != Kind.TEXT && kind != Kind.MENU;
    }

    @Override
    public String toString() {
        return action.map(ActionName::wireName).orElse(kind.name().toLowerCase(Locale.ROOT));
    }
}
