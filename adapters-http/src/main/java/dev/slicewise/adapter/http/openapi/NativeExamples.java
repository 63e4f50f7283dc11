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
    public static final String STREAM_NOT_YET = """
            {"error": {"code": "invalid_request",
                       "message": "Streaming ('stream': true) is not available yet; send 'stream': false."}}""";
    public static final String SESSION_NOT_FOUND = """
            {"error": {"code": "not_found", "message": "No such session."}}""";

    private NativeExamples() {
    }
}
