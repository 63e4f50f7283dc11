package dev.slicewise.adapter.http.openapi;

/**
 * The examples of the partner API in the OpenAPI document: the requests sent to a fresh start
 * ({@code SLICEWISE_PERSISTENCE=memory}, embedded assistant, ledger credits) and the bodies it answered, trace ids and
 * times as they came; the answers of states that are hard to reach by hand (a failed charge, a key still running, an
 * outage) are the service's exact texts. Constants, so that annotations can name them.
 */
public final class PartnerExamples {

    public static final String CREDENTIALS_MISSING = """
            {"error": "elegoo_user_id and access_token are required"}""";
    public static final String CREDENTIALS_INVALID = """
            {"error": "Invalid or expired access token"}""";
    public static final String KEY_RUNNING = """
            {"error": "A request with this Idempotency-Key is still being answered; retry later"}""";
    public static final String KEY_REUSED = """
            {"error": "This Idempotency-Key was already used for a different request"}""";
    public static final String CREDITS_REFUSED = """
            {"code": 402, "error": "Error in calling Elegoo credits API",
             "credit_resp": {"code": 402, "data": null, "msg": "insufficient credits",
                             "traceId": "707eaa2a28bd49ffb1e85d29bbafa6cb"}}""";
    public static final String CREDITS_TIMEOUT = """
            {"code": 502, "error": "Elegoo API connection error or timeout"}""";
    public static final String CREDITS_5XX = """
            {"code": 502, "error": "Elegoo API server returns 5XX"}""";
    public static final String DATABASE_DOWN = """
            {"error": "The service cannot reach its database right now. Please try again in a few seconds."}""";
    public static final String NOT_JSON = """
            {"error": "The request body is not valid JSON"}""";

    public static final String TOKEN_REQUEST = """
            {"elegoo_user_id": "ELEGOO_USER_001", "access_token": "user-secret", "expire_in": 86400}""";
    public static final String TOKEN_CREATED = """
            {"code": 201, "msg": "success"}""";
    public static final String TOKEN_UPDATED = """
            {"code": 200, "msg": "success"}""";
    public static final String TOKEN_REQUIRED = """
            {"error": "elegoo_user_id, access_token, and expire_in are required"}""";
    public static final String TOKEN_EXPIRE_IN = """
            {"error": "expire_in must be an integer number of seconds"}""";
    public static final String PARTNER_TOKEN_INVALID = """
            {"error": "Invalid or Inactive Token", "is_authenticated": "False"}""";

    public static final String CHAT_REQUEST = """
            {"elegoo_user_id": "ELEGOO_USER_001", "access_token": "user-secret", "messages": "[]",
             "machine_name": "Elegoo Centauri Carbon"}""";
    public static final String CHAT = """
            {"id": 1, "chat_id": 1, "messages": "[]", "machine_name": "Elegoo Centauri Carbon",
             "filament_name": null, "print_process_name": null, "slicing_settings_json": null,
             "user_feedback": null, "user_feedback_text": null,
             "created_at": "2026-12-07T19:23:12.078266934Z", "updated_at": "2026-12-07T19:23:12.078266934Z"}""";
    public static final String CHATS = "[" + CHAT + "]";
    public static final String CHAT_FIELD_REQUIRED = """
            {"messages": ["This field is required."]}""";
    public static final String CHAT_TOO_LARGE = """
            {"non_field_errors": ["Ensure this chat has no more than 524288 bytes in all its fields."]}""";
    public static final String CHATS_TOO_MANY = """
            {"error": "You already have 1000 chats, the most one user can keep"}""";
    public static final String CHATS_LIMIT = """
            {"error": "limit must be an integer from 1 to 50"}""";

    public static final String MESSAGE_REQUEST = """
            {"elegoo_user_id": "ELEGOO_USER_001", "access_token": "user-secret", "chat_id": 1,
             "messages": [{"role": "user",
                           "content": "This bracket must be much stronger. Which infill and walls should I use?"}],
             "current_workflow": null,
             "slicing_profiles": {
               "filament_presets": [{"name": "Elegoo PLA @ECC", "is_selected": true,
                                     "config": {"filament_type": ["PLA"], "nozzle_temperature": ["220"]}}],
               "print_process_presets": [
                 {"name": "0.20mm Standard @Elegoo CC 0.4 nozzle", "is_selected": true,
                  "config": {"layer_height": "0.2", "wall_loops": "2", "sparse_infill_density": "15%",
                             "sparse_infill_pattern": "grid"}},
                 {"name": "0.20mm Strength @Elegoo CC 0.4 nozzle", "is_selected": false,
                  "config": {"layer_height": "0.2", "wall_loops": "6", "sparse_infill_density": "25%"}}],
               "filament_overrides": {}, "print_process_overrides": {}},
             "plates": [{"name": "", "index": 0,
                         "model_objects": [{"extruder_id": -1, "id": "52", "name": "bracket.stl"}]}]}""";
    public static final String MESSAGE_SLICE_REQUEST = """
            {"elegoo_user_id": "ELEGOO_USER_001", "access_token": "user-secret", "chat_id": 1,
             "messages": [{"role": "user", "content": "Please slice my model"}],
             "slicing_profiles": {
               "filament_presets": [{"name": "Elegoo PLA @ECC", "is_selected": true,
                                     "config": {"filament_type": ["PLA"]}}],
               "print_process_presets": [{"name": "0.20mm Standard @Elegoo CC 0.4 nozzle", "is_selected": true,
                                          "config": {"layer_height": "0.2"}}]},
             "plates": [{"name": "", "index": 0,
                         "model_objects": [{"extruder_id": -1, "id": "52", "name": "bracket.stl"}]}]}""";
    public static final String MESSAGE_RECOMMENDATION = """
            {"message": {"role": "assistant",
              "content": "Here is what I recommend for a stronger part. Each change is explained below.\\nSwitch to \
            the preset “0.20mm Strength @Elegoo CC 0.4 nozzle”: it is made for strong parts, with more walls and \
            thicker skins.",
              "per_override_explanations": [
                {"parameter": "Bottom shell layers",
                 "explanation": "Thicker top and bottom skins make the part stiffer and harder to crack."},
                {"parameter": "Infill density", "explanation": "30% infill supports the walls and stiffens the part."},
                {"parameter": "Infill pattern", "explanation": "Gyroid infill is equally strong in every direction."},
                {"parameter": "Top shell layers",
                 "explanation": "Thicker top and bottom skins make the part stiffer and harder to crack."}],
              "agent_actions": [{"name": "determine_slicing_settings", "arguments": {}}],
              "slicing_profiles": {"use_print_process_preset": "0.20mm Strength @Elegoo CC 0.4 nozzle",
                "filament_overrides": {},
                "print_process_overrides": {"sparse_infill_pattern": "gyroid", "top_shell_layers": "7",
                                            "bottom_shell_layers": "5", "sparse_infill_density": "30%"}}},
             "credit_resp": {"code": 0, "data": null, "msg": "", "traceId": "3463de10b9a648f7ab0da89b0b399855"}}""";
    public static final String MESSAGE_ACTION = """
            {"message": {"role": "assistant", "content": "Slicing the model with the current settings.",
                         "agent_actions": [{"name": "slice_model", "arguments": {}}]},
             "credit_resp": {"code": 0, "data": null, "msg": "", "traceId": "aabb79251b3249f5942db2d9760786f6"}}""";
    public static final String MESSAGE_SETUP_MISSING = """
            {"message": {"role": "assistant", "content": "I need your slicing profiles to work on slicing settings. \
            Please select a printer, a filament and a print process preset in the slicer and ask again."},
             "credit_resp": null}""";
    public static final String MESSAGE_REQUIRED = """
            {"error": "Message is required"}""";
    public static final String CHAT_ID_UNKNOWN = """
            {"error": "chat_id does not name a chat of this user"}""";

    public static final String PLATE_REQUEST = """
            {"elegoo_user_id": "ELEGOO_USER_001", "access_token": "user-secret", "chat_id": 1,
             "images": ["data:image/jpeg;base64,/9j/4AAQSkZJRgABAgAAAQABAAD/2wBDAAUDBAQEAwUEBAQFBQUGBwwIBwcH..."],
             "plates": [{"name": "", "index": 0,
                         "bounding_box": {"min": {"x": -15, "y": -15, "z": 0}, "max": {"x": 15, "y": 15, "z": 30}},
                         "model_objects": [{"extruder_id": -1, "id": "7", "name": "cube.stl"}]}]}""";
    public static final String PLATE_ANALYSIS = """
            {"message": {"role": "assistant",
              "content": "This looks like a **functional part**. It has **flat faces and straight edges**. I see **no \
            overhangs** and a solid base on the bed. It should print well **without supports or a brim**. Does this \
            match your model, and shall I set it up this way?",
              "suggested_printing_method": "No supports are needed. No brim is needed. Keep the other settings of \
            your print profile."},
             "credit_resp": {"code": 0, "data": null, "msg": "", "traceId": "c4aace42ac8c44b3bd9bdf3df7461dc5"}}""";
    public static final String PLATE_NO_MODEL = """
            {"message": {"role": "assistant", "content": "Oops, you need to add at least one model."}}""";
    public static final String PLATE_TOO_MANY_IMAGES = """
            {"message": {"role": "assistant", "content": "Oops, that is too many images: send at most 8 views of the \
            plate."}}""";
    public static final String PLATE_BUSY = """
            {"error": "Too many plate views are being analysed right now. Please try again in a few seconds."}""";

    private PartnerExamples() {
    }
}
