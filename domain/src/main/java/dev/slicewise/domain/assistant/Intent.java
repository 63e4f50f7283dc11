package dev.slicewise.domain.assistant;

import java.util.Optional;

/** What the user wants with their latest message. */
public enum Intent {
    DETERMINE_SLICING_SETTINGS(true, ActionName.DETERMINE_SLICING_SETTINGS),
    RETRIEVE_SLICING_SETTINGS(true, ActionName.RETRIEVE_SLICING_SETTINGS),
    PRINT_ISSUE(false, null),
    SLICE_MODEL(false, ActionName.SLICE_MODEL),
    AUTO_ORIENT(false, ActionName.AUTO_ORIENT_ALL_MODELS),
    AUTO_ARRANGE(false, ActionName.AUTO_ARRANGE_ALL_MODELS),
    ADD_PRINTERS(false, ActionName.ADD_PRINTERS),
    CHANGE_PRINTER(false, ActionName.CHANGE_PRINTER),
    ADD_FILAMENTS(false, ActionName.ADD_FILAMENTS),
    CHANGE_FILAMENT(false, ActionName.CHANGE_FILAMENT),
    CONTACT_SUPPORT(false, ActionName.CONTACT_SUPPORT),
    START_CHAT_OVER(false, ActionName.START_CHAT_OVER),
    GENERAL_QUESTION(false, null),
    GREETING(false, null),
    OFF_TOPIC(false, null),
    /** Design a part to print ("make me a gear with 20 teeth"), or change the part the session designed last. */
    GENERATE_MODEL(false, null),
    /** The message could not be told apart well enough; the assistant asks. */
    UNCLEAR(false, null);

    private final boolean needsSlicingProfiles;
    private final ActionName action;

    Intent(boolean needsSlicingProfiles, ActionName action) {
        this.needsSlicingProfiles = needsSlicingProfiles;
        this.action = action;
    }

    /** True for the intents that read or change slicing settings and so need the profiles and a model. */
    public boolean needsSlicingProfiles() {
        return needsSlicingProfiles;
    }

    /** A slicer, printer, filament or UI action: what takes a user out of print troubleshooting. */
    public boolean isControlAction() {
        return action != null && !needsSlicingProfiles;
    }

    /** The action that carries out this intent directly, if there is one. */
    public Optional<ActionName> action() {
        return Optional.ofNullable(action);
    }
}
