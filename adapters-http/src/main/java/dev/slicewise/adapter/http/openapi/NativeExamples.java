package dev.slicewise.adapter.http.openapi;

/**
 * The examples of the native API in the OpenAPI document: the requests sent to a fresh start
 * ({@code SLICEWISE_PERSISTENCE=memory}, embedded assistant, ledger credits) and the bodies it answered, ids, trace ids
 * and times as they came; the answers of states that are hard to reach by hand (a failed charge, a key still running,
 * an outage) are the service's exact texts. Constants, so that annotations can name them.
 */
public final class NativeExamples {

    public static final String KEY_MISSING = """
            {"error": {"code": "unauthorized", "message": "An API key is required: Authorization: Bearer <key>."}}""";
    public static final String KEY_INVALID = """
            {"error": {"code": "unauthorized", "message": "The API key is not valid."}}""";
    public static final String RATE_LIMITED = """
            {"error": {"code": "rate_limited",
                       "message": "This key made its 120 requests of this minute; try again in 28 seconds."}}""";
    public static final String OPERATOR_UNAUTHORIZED = """
            {"error": {"code": "unauthorized",
                       "message": "Managing API keys takes a partner token: Authorization: Token <token>."}}""";
    public static final String CREDITS_REFUSED = """
            {"error": {"code": "insufficient_credits",
                       "message": "The credits system refused the charge for this answer; nothing was charged or \
            saved."},
             "credit_resp": {"code": 402, "data": null, "msg": "insufficient credits",
                             "traceId": "036d35d70bff456894a10d2dabb99c9d"}}""";
    public static final String CREDITS_FAILED = """
            {"error": {"code": "upstream_error",
                       "message": "The credits system could not be reached; nothing was charged or saved. Try \
            again."}}""";
    public static final String KEY_CONFLICT = """
            {"error": {"code": "conflict",
                       "message": "The Idempotency-Key is in use by a request that is still running, or was used with \
            another request; wait for the first answer or send another key."}}""";
    public static final String DATABASE_DOWN = """
            {"error": {"code": "service_unavailable",
                       "message": "The service cannot reach its database right now. Please try again in a few \
            seconds."}}""";
    public static final String NOT_JSON = """
            {"error": {"code": "unsupported_media_type",
                       "message": "The request body must be JSON (Content-Type: application/json)"}}""";

    public static final String KEY_REQUEST = """
            {"name": "workshop-app", "rate_limit_per_minute": 120}""";
    public static final String KEY_ISSUED = """
            {"id": "key_5c24cb5bf76795be178c31396687e62c", "name": "workshop-app",
             "key": "sw_Dh7OTnoXPpZT08DTeHk8XoXLrqEmddWeLt-8FH_En0E", "rate_limit_per_minute": 120,
             "created_at": "2026-12-07T19:23:31Z"}""";
    public static final String KEYS = """
            {"data": [{"id": "key_5c24cb5bf76795be178c31396687e62c", "name": "workshop-app",
                       "rate_limit_per_minute": 120, "created_at": "2026-12-07T19:23:31Z", "last_used_at": null}]}""";
    public static final String KEY_NAME_REQUIRED = """
            {"error": {"code": "invalid_request", "message": "'name' is required."}}""";
    public static final String KEY_RATE_RANGE = """
            {"error": {"code": "invalid_request",
                       "message": "'rate_limit_per_minute' must be an integer from 1 to 100000."}}""";
    public static final String KEY_NOT_FOUND = """
            {"error": {"code": "not_found", "message": "No API key has the id 'key_nope'."}}""";

    public static final String MODELS = """
            {"data": [{"id": "embedded", "kind": "chat", "default": true}]}""";
    public static final String SETTINGS = """
            {"data": [{"key": "sparse_infill_density", "name": "Fülldichte", "unit": "%"},
                      {"key": "wall_loops", "name": "Anzahl der Wandlinien", "unit": ""}]}""";
    public static final String MODELS_LLM = """
            {"data": [{"id": "embedded", "kind": "chat", "default": true},
                      {"id": "gpt-4o-mini", "provider": "primary", "kind": "chat", "default": false},
                      {"id": "qwen2.5:7b", "provider": "ollama", "kind": "chat", "default": false},
                      {"id": "gpt-4o", "provider": "primary", "kind": "vision", "default": false},
                      {"id": "gpt-4o", "provider": "ollama", "kind": "vision", "default": false}]}""";

    public static final String CHAT_REQUEST = """
            {"message": "Please slice my model", "context": "bracket.stl", "user": "maker-42"}""";
    public static final String CHAT_ANSWER = """
            {"id": "msg_ff1dffcf2511461c8b6d2b2f5d23b848", "session_id": "ses_0e490b5b8ad840a383b4f0e52eeec73f",
             "title": "Please slice my", "message": "Slicing the model with the current settings.",
             "code": null, "code_language": null,
             "agent_actions": [{"name": "slice_model", "arguments": {}}],
             "slicing_profiles": null, "per_override_explanations": [],
             "intent": "slice_model", "source": "intent_model", "confidence": 0.9434, "model_used": "embedded",
             "tokens_used": 0, "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
             "credit_resp": {"code": 0, "data": null, "msg": "", "traceId": "3e8399e63ab64432801c695bec9d3c32"},
             "timestamp": "2026-12-07T19:23:32Z"}""";
    public static final String CHAT_SETTINGS_REQUEST = """
            {"message": "This bracket must be much stronger. Which infill and walls should I use?",
             "session_id": "ses_0e490b5b8ad840a383b4f0e52eeec73f", "lang": "en",
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
    public static final String CHAT_SETTINGS_ANSWER = """
            {"id": "msg_6731078652384b4a9d3eaaa51da20803", "session_id": "ses_0e490b5b8ad840a383b4f0e52eeec73f",
             "title": "Please slice my",
             "message": "Here is what I recommend for a stronger part. Each change is explained below.\\nSwitch to \
            the preset “0.20mm Strength @Elegoo CC 0.4 nozzle”: it is made for strong parts, with more walls and \
            thicker skins.",
             "code": null, "code_language": null,
             "agent_actions": [{"name": "determine_slicing_settings", "arguments": {}}],
             "slicing_profiles": {"use_print_process_preset": "0.20mm Strength @Elegoo CC 0.4 nozzle",
               "filament_overrides": {},
               "print_process_overrides": {"sparse_infill_pattern": "gyroid", "top_shell_layers": "7",
                                           "bottom_shell_layers": "5", "sparse_infill_density": "30%"}},
             "per_override_explanations": [
               {"parameter": "Bottom shell layers",
                "explanation": "Thicker top and bottom skins make the part stiffer and harder to crack."},
               {"parameter": "Infill density", "explanation": "30% infill supports the walls and stiffens the part."},
               {"parameter": "Infill pattern", "explanation": "Gyroid infill is equally strong in every direction."},
               {"parameter": "Top shell layers",
                "explanation": "Thicker top and bottom skins make the part stiffer and harder to crack."}],
             "intent": "determine_slicing_settings", "source": "intent_model", "confidence": 0.9126,
             "model_used": "embedded", "tokens_used": 0,
             "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
             "credit_resp": {"code": 0, "data": null, "msg": "", "traceId": "b6931467ed6a4834ab7a8fce19a3ae10"},
             "timestamp": "2026-12-07T19:23:32Z"}""";
    public static final String MESSAGE_EMPTY = """
            {"error": {"code": "invalid_request", "message": "'message' is required and must not be empty."}}""";
    public static final String MODEL_NOT_AVAILABLE = """
            {"error": {"code": "model_not_available",
                       "message": "The model 'gpt-9' is not available; the models are [embedded]."}}""";
    public static final String STREAM_WITH_IDEMPOTENCY_KEY = """
            {"error": {"code": "invalid_request",
                       "message": "An Idempotency-Key cannot be sent with a streamed chat; send the message without \
            it, or without streaming."}}""";
    public static final String CHAT_STREAM = """
            event: message
            data: {"id":"msg_ff1dffcf2511461c8b6d2b2f5d23b848","session_id":"ses_0e490b5b8ad840a383b4f0e52eeec73f",\
            "delta":"Slicing the model with the current settings."}

            event: message_end
            data: {"id":"msg_ff1dffcf2511461c8b6d2b2f5d23b848","session_id":"ses_0e490b5b8ad840a383b4f0e52eeec73f",\
            "title":"Please slice my","message":"Slicing the model with the current settings.","code":null,\
            "code_language":null,"agent_actions":[{"name":"slice_model","arguments":{}}],"slicing_profiles":null,\
            "per_override_explanations":[],"intent":"slice_model","source":"intent_model","confidence":0.9434,\
            "model_used":"embedded","tokens_used":0,"usage":{"prompt_tokens":0,"completion_tokens":0,\
            "total_tokens":0},"credit_resp":null,"timestamp":"2026-12-07T10:30:00Z"}

            """;
    public static final String STOP_SUCCESS = """
            {"result": "success"}""";
    public static final String STOP_ALREADY_FINISHED = """
            {"result": "already_finished"}""";
    public static final String MESSAGE_NOT_FOUND = """
            {"error": {"code": "not_found", "message": "No such message."}}""";
    public static final String SESSION_NOT_FOUND = """
            {"error": {"code": "not_found", "message": "No such session."}}""";

    public static final String SESSION_REQUEST = """
            {"title": "Bracket", "context": "bracket.stl"}""";
    public static final String SESSION_CREATED = """
            {"id": "ses_ad227187ba85347cfa06389841358dc1", "title": "Bracket", "context": "bracket.stl",
             "created_at": "2026-12-07T20:07:37Z", "updated_at": "2026-12-07T20:07:37Z", "message_count": 0,
             "last_message": null}""";
    public static final String SESSION_CREATED_UNTITLED = """
            {"id": "ses_fc07783ab1a60120a2c7de7ac4ccf582", "title": "Neuer Chat", "context": null,
             "created_at": "2026-12-07T20:07:38Z", "updated_at": "2026-12-07T20:07:38Z", "message_count": 0,
             "last_message": null}""";
    public static final String SESSION = """
            {"id": "ses_ad227187ba85347cfa06389841358dc1", "title": "Bracket", "context": "bracket.stl",
             "created_at": "2026-12-07T20:07:37Z", "updated_at": "2026-12-07T20:07:44Z", "message_count": 4,
             "last_message": {"id": "msg_491cc3f221db2e17c75df849c4282782", "role": "assistant",
                              "content": "I need your slicing profiles to work on slicing settings. Please select a \
            printer, a filament and a print process preset in the slicer and ask again.",
                              "agent_actions": [], "feedback": null, "timestamp": "2026-12-07T20:07:44Z"}}""";
    public static final String SESSIONS_PAGE = """
            {"data": [{"id": "ses_ad227187ba85347cfa06389841358dc1", "title": "Bracket", "context": "bracket.stl",
                       "created_at": "2026-12-07T20:07:37Z", "updated_at": "2026-12-07T20:07:44Z", "message_count": 4,
                       "last_message": {"id": "msg_491cc3f221db2e17c75df849c4282782", "role": "assistant",
                                        "content": "I need your slicing profiles to work on slicing settings. Please \
            select a printer, a filament and a print process preset in the slicer and ask again.",
                                        "agent_actions": [], "feedback": null,
                                        "timestamp": "2026-12-07T20:07:44Z"}}],
             "has_more": true, "next_cursor": "AQAAAABrFxIQNVZ9qq0icYe6hTR8-gY4mEE1jcGQydp8O3C2sCYPvJHmYQGo"}""";
    public static final String SESSIONS_FOUND = """
            {"data": [{"id": "ses_ad227187ba85347cfa06389841358dc1", "title": "Bracket", "context": "bracket.stl",
                       "created_at": "2026-12-07T20:07:37Z", "updated_at": "2026-12-07T20:07:44Z", "message_count": 4,
                       "last_message": {"id": "msg_491cc3f221db2e17c75df849c4282782", "role": "assistant",
                                        "content": "I need your slicing profiles to work on slicing settings. Please \
            select a printer, a filament and a print process preset in the slicer and ask again.",
                                        "agent_actions": [], "feedback": null,
                                        "timestamp": "2026-12-07T20:07:44Z"}}],
             "has_more": false, "next_cursor": null}""";
    public static final String SESSION_RENAME_REQUEST = """
            {"title": "Stronger bracket"}""";
    public static final String SESSION_RENAMED = """
            {"id": "ses_ad227187ba85347cfa06389841358dc1", "title": "Stronger bracket", "context": "bracket.stl",
             "created_at": "2026-12-07T20:07:37Z", "updated_at": "2026-12-07T20:08:06Z", "message_count": 4,
             "last_message": {"id": "msg_491cc3f221db2e17c75df849c4282782", "role": "assistant",
                              "content": "I need your slicing profiles to work on slicing settings. Please select a \
            printer, a filament and a print process preset in the slicer and ask again.",
                              "agent_actions": [], "feedback": null, "timestamp": "2026-12-07T20:07:44Z"}}""";
    public static final String SESSION_AUTO_TITLE_REQUEST = """
            {"auto_generate": true}""";
    public static final String SESSION_AUTO_TITLED = """
            {"id": "ses_ad227187ba85347cfa06389841358dc1", "title": "Slice Model", "context": "bracket.stl",
             "created_at": "2026-12-07T20:07:37Z", "updated_at": "2026-12-07T20:08:06Z", "message_count": 4,
             "last_message": {"id": "msg_491cc3f221db2e17c75df849c4282782", "role": "assistant",
                              "content": "I need your slicing profiles to work on slicing settings. Please select a \
            printer, a filament and a print process preset in the slicer and ask again.",
                              "agent_actions": [], "feedback": null, "timestamp": "2026-12-07T20:07:44Z"}}""";
    public static final String SESSION_MESSAGES = """
            {"data": [{"id": "msg_491cc3f221db2e17c75df849c4282782", "role": "assistant",
                       "content": "I need your slicing profiles to work on slicing settings. Please select a printer, \
            a filament and a print process preset in the slicer and ask again.",
                       "agent_actions": [], "feedback": null, "timestamp": "2026-12-07T20:07:44Z"},
                      {"id": "msg_e22d858958d59dad7ece1b8550474b4f", "role": "user",
                       "content": "Add supports under the overhang", "timestamp": "2026-12-07T20:07:44Z"}],
             "has_more": true}""";
    public static final String SESSION_MESSAGES_BEFORE = """
            {"data": [{"id": "msg_b71fe112f3d1eb32723fc6341d0c3513", "role": "assistant",
                       "content": "Slicing the model with the current settings.",
                       "agent_actions": [{"name": "slice_model", "arguments": {}}], "feedback": null,
                       "timestamp": "2026-12-07T20:07:44Z"},
                      {"id": "msg_34ac0e7763bb10e5a6c85166c2293aa6", "role": "user", "content": "Please slice my model",
                       "timestamp": "2026-12-07T20:07:44Z"}],
             "has_more": false}""";
    public static final String HISTORY = """
            {"messages": [{"id": "msg_34ac0e7763bb10e5a6c85166c2293aa6", "role": "user",
                           "content": "Please slice my model", "timestamp": "2026-12-07T20:07:44Z"},
                          {"id": "msg_b71fe112f3d1eb32723fc6341d0c3513", "role": "assistant",
                           "content": "Slicing the model with the current settings.",
                           "agent_actions": [{"name": "slice_model", "arguments": {}}], "feedback": null,
                           "timestamp": "2026-12-07T20:07:44Z"},
                          {"id": "msg_e22d858958d59dad7ece1b8550474b4f", "role": "user",
                           "content": "Add supports under the overhang", "timestamp": "2026-12-07T20:07:44Z"},
                          {"id": "msg_491cc3f221db2e17c75df849c4282782", "role": "assistant",
                           "content": "I need your slicing profiles to work on slicing settings. Please select a \
            printer, a filament and a print process preset in the slicer and ask again.",
                           "agent_actions": [], "feedback": null, "timestamp": "2026-12-07T20:07:44Z"}],
             "total": 4, "has_more": false}""";
    public static final String HISTORY_CLEARED = """
            {"success": true, "message": "Chat history cleared"}""";
    public static final String MESSAGE = """
            {"id": "msg_b71fe112f3d1eb32723fc6341d0c3513", "role": "assistant",
             "content": "Slicing the model with the current settings.",
             "agent_actions": [{"name": "slice_model", "arguments": {}}],
             "feedback": {"rating": "like", "content": "Printed fine"}, "timestamp": "2026-12-07T20:07:44Z"}""";
    public static final String MESSAGE_OF_USER = """
            {"id": "msg_34ac0e7763bb10e5a6c85166c2293aa6", "role": "user", "content": "Please slice my model",
             "timestamp": "2026-12-07T20:07:44Z"}""";
    public static final String FEEDBACK_REQUEST = """
            {"rating": "like", "content": "Printed fine"}""";
    public static final String FEEDBACK_GIVEN = """
            {"result": "success"}""";
    public static final String SESSION_UNKNOWN_FIELD = """
            {"error": {"code": "invalid_request",
                       "message": "Unknown field 'name'; the fields are [context, title]."}}""";
    public static final String TITLE_EMPTY = """
            {"error": {"code": "invalid_request", "message": "'title' must not be empty."}}""";
    public static final String BODY_NOT_JSON = """
            {"error": {"code": "invalid_request", "message": "The request body is not valid JSON."}}""";
    public static final String BODY_NOT_OBJECT = """
            {"error": {"code": "invalid_request", "message": "The request body must be a JSON object."}}""";
    public static final String TITLE_OR_AUTO = """
            {"error": {"code": "invalid_request", "message": "Give a 'title', or 'auto_generate': true."}}""";
    public static final String TITLE_AND_AUTO = """
            {"error": {"code": "invalid_request", "message": "Give either 'title' or 'auto_generate', not both."}}""";
    public static final String LIMIT_RANGE = """
            {"error": {"code": "invalid_request", "message": "'limit' must be an integer from 1 to 100."}}""";
    public static final String CURSOR_INVALID = """
            {"error": {"code": "invalid_request",
                       "message": "'cursor' is not valid: give the next_cursor of the page before, unchanged."}}""";
    public static final String KEYWORD_TOO_LONG = """
            {"error": {"code": "invalid_request", "message": "'keyword' must be at most 200 characters."}}""";
    public static final String SESSION_ID_REQUIRED = """
            {"error": {"code": "invalid_request", "message": "'session_id' is required."}}""";
    public static final String OFFSET_INVALID = """
            {"error": {"code": "invalid_request", "message": "'offset' must be an integer of 0 or more."}}""";
    public static final String RATING_REQUIRED = """
            {"error": {"code": "invalid_request",
                       "message": "'rating' is required: \\"like\\", \\"dislike\\" or null."}}""";
    public static final String RATING_INVALID = """
            {"error": {"code": "invalid_request",
                       "message": "'rating' must be \\"like\\", \\"dislike\\" or null."}}""";
    public static final String FEEDBACK_ON_USER = """
            {"error": {"code": "invalid_request",
                       "message": "Feedback can only be given on an assistant's message; \
            'msg_34ac0e7763bb10e5a6c85166c2293aa6' is the user's."}}""";
    public static final String SESSION_ID_NOT_FOUND = """
            {"error": {"code": "not_found", "message": "No session has the id 'ses_nope'."}}""";
    public static final String MESSAGE_ID_NOT_FOUND = """
            {"error": {"code": "not_found", "message": "No message has the id 'msg_nope'."}}""";

    public static final String STL_OFF = """
            {"error": {"code": "not_found", "message": "The STL export is off: it needs OpenSCAD. Install it \
            (Debian: apt-get install -y openscad) and start the service with SLICEWISE_OPENSCAD naming its binary \
            (for example SLICEWISE_OPENSCAD=openscad)."}}""";

    public static final String STL_NO_CODE = """
            {"error": {"code": "not_found", "message": "The message 'msg_b71fe112f3d1eb32723fc6341d0c3513' \
            carries no part code: only an answer that designed a part has an STL."}}""";

    public static final String STL_JSCAD = """
            {"error": {"code": "not_found", "message": "The message 'msg_b71fe112f3d1eb32723fc6341d0c3513' \
            carries JSCAD code that a model wrote; the STL export renders OpenSCAD code (ask for the part with \
            \\"code_language\\": \\"openscad\\")."}}""";

    public static final String STL_NOT_RENDERABLE = """
            {"error": {"code": "part_not_renderable", "message": "OpenSCAD could not render the part's code: \
            ERROR: Parser error: syntax error in file part.scad, line 3"}}""";

    private NativeExamples() {
    }
}
