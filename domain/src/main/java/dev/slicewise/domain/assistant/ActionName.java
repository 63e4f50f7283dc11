package dev.slicewise.domain.assistant;

/** The closed vocabulary of agent actions the client understands (the partner API's tables). */
public enum ActionName {
    SLICE_MODEL("slice_model"),
    AUTO_ORIENT_ALL_MODELS("auto_orient_all_models"),
    AUTO_ARRANGE_ALL_MODELS("auto_arrange_all_models"),
    ADD_PRINTERS("add_printers"),
    CHANGE_PRINTER("change_printer"),
    ADD_FILAMENTS("add_filaments"),
    CHANGE_FILAMENT("change_filament"),
    DETERMINE_SLICING_SETTINGS("determine_slicing_settings"),
    RETRIEVE_SLICING_SETTINGS("retrieve_slicing_settings"),
    GUIDE_PRINT_ISSUE_TROUBLESHOOTING("guide_print_issue_troubleshooting"),
    CONFIRM_PRINT_TROUBLESHOOTING_FLOW("confirm_print_troubleshooting_flow"),
    SET_PRINT_TROUBLESHOOTING_FLOW("set_print_troubleshooting_flow"),
    CONFIRM_END_TROUBLESHOOTING("confirm_end_troubleshooting"),
    CONTACT_SUPPORT("contact_support"),
    START_CHAT_OVER("start_chat_over"),
    ASK_USER_TO_CHOOSE_FROM_OPTIONS("ask_user_to_choose_from_options");

    private final String wireName;

    ActionName(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
