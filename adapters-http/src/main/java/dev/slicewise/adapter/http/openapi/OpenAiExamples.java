package dev.slicewise.adapter.http.openapi;

/**
 * The examples of the OpenAI-compatible endpoints in the OpenAPI document: requests sent to a fresh start (embedded
 * assistant, ledger credits) and the bodies it answered, ids and times as they came (the settings answer is
 * shortened to two changes). Constants, so that annotations can name them.
 */
public final class OpenAiExamples {

    public static final String MODELS = """
            {"object": "list",
             "data": [{"id": "slicewise", "object": "model", "created": 1796678946, "owned_by": "slicewise"}]}""";
    public static final String REQUEST = """
            {"model": "slicewise",
             "messages": [{"role": "system", "content": "You are a helpful assistant."},
                          {"role": "user", "content": "hello, what can you do?"}]}""";
    public static final String SETTINGS_REQUEST = """
            {"model": "slicewise",
             "messages": [{"role": "user",
                           "content": "This bracket must be much stronger. Which infill and walls should I use?"}],
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
    public static final String STREAM_REQUEST = """
            {"model": "slicewise", "stream": true, "stream_options": {"include_usage": true},
             "messages": [{"role": "user", "content": "hello, what can you do?"}]}""";
    public static final String SETTINGS_ANSWER = """
            {"id": "chatcmpl-9261031c6ca34276a9cb57e168e7f384", "object": "chat.completion", "created": 1796678952,
             "model": "slicewise", "system_fingerprint": null,
             "choices": [{"index": 0,
               "message": {"role": "assistant",
                 "content": "Here is what I recommend for a stronger part. Each change is explained below.\\nSwitch \
            to the preset “0.20mm Strength @Elegoo CC 0.4 nozzle”: it is made for strong parts, with more walls and \
            thicker skins.\\n\\nActions: determine_slicing_settings\\nProcess preset: 0.20mm Strength @Elegoo CC 0.4 \
            nozzle\\nSettings:\\n- sparse_infill_density = 30%\\n- sparse_infill_pattern = gyroid\\nWhy:\\n- Infill \
            density: 30% infill supports the walls and stiffens the part.\\n- Infill pattern: Gyroid infill is equally \
            strong in every direction.",
                 "refusal": null,
                 "slicewise": {
                   "agent_actions": [{"name": "determine_slicing_settings", "arguments": {}}],
                   "slicing_profiles": {"use_print_process_preset": "0.20mm Strength @Elegoo CC 0.4 nozzle",
                     "filament_overrides": {},
                     "print_process_overrides": {"sparse_infill_density": "30%", "sparse_infill_pattern": "gyroid"}},
                   "per_override_explanations": [
                     {"parameter": "Infill density",
                      "explanation": "30% infill supports the walls and stiffens the part."},
                     {"parameter": "Infill pattern",
                      "explanation": "Gyroid infill is equally strong in every direction."}],
                   "credit_resp": {"code": 0, "data": null, "msg": "",
                                   "traceId": "chatcmpl9261031c6ca34276a9cb57e168e7f384"}}},
               "logprobs": null, "finish_reason": "stop"}],
             "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0}}""";
    public static final String STREAM = """
            data: {"id":"chatcmpl-599f98969df84c9daf78672b3646ed61","object":"chat.completion.chunk",\
            "created":1796678946,"model":"slicewise","system_fingerprint":null,"choices":[{"index":0,"delta":\
            {"role":"assistant","content":""},"logprobs":null,"finish_reason":null}],"usage":null}

            data: {"id":"chatcmpl-599f98969df84c9daf78672b3646ed61","object":"chat.completion.chunk",\
            "created":1796678946,"model":"slicewise","system_fingerprint":null,"choices":[{"index":0,"delta":\
            {"content":"Hi! "},"logprobs":null,"finish_reason":null}],"usage":null}

            data: {"id":"chatcmpl-599f98969df84c9daf78672b3646ed61","object":"chat.completion.chunk",\
            "created":1796678946,"model":"slicewise","system_fingerprint":null,"choices":[{"index":0,"delta":\
            {"content":"I'm your slicing assistant. "},"logprobs":null,"finish_reason":null}],"usage":null}

            data: {"id":"chatcmpl-599f98969df84c9daf78672b3646ed61","object":"chat.completion.chunk",\
            "created":1796678946,"model":"slicewise","system_fingerprint":null,"choices":[{"index":0,"delta":\
            {"content":"\\n\\nActions: ask_user_to_choose_from_options (Recommend slicing settings | Show my current \
            settings | Fix a print problem | Slice the model)"},"logprobs":null,"finish_reason":null}],"usage":null}

            data: {"id":"chatcmpl-599f98969df84c9daf78672b3646ed61","object":"chat.completion.chunk",\
            "created":1796678946,"model":"slicewise","system_fingerprint":null,"choices":[{"index":0,"delta":\
            {"slicewise":{"agent_actions":[{"name":"ask_user_to_choose_from_options","arguments":\
            {"user_options_to_choose_from":["Recommend slicing settings","Show my current settings",\
            "Fix a print problem","Slice the model"]}}],"slicing_profiles":null,"per_override_explanations":[],\
            "credit_resp":{"code":0,"data":null,"msg":"","traceId":"chatcmpl599f98969df84c9daf78672b3646ed61"}}},\
            "logprobs":null,"finish_reason":"stop"}],"usage":null}

            data: {"id":"chatcmpl-599f98969df84c9daf78672b3646ed61","object":"chat.completion.chunk",\
            "created":1796678946,"model":"slicewise","system_fingerprint":null,"choices":[],"usage":\
            {"prompt_tokens":0,"completion_tokens":0,"total_tokens":0}}

            data: [DONE]

            """;
    public static final String KEY_INVALID = """
            {"error": {"message": "The API key is not valid.", "type": "authentication_error", "param": null,
                       "code": "invalid_api_key"}}""";
    public static final String RATE_LIMITED = """
            {"error": {"message": "This key made its 60 requests of this minute; try again in 28 seconds.",
                       "type": "rate_limit_error", "param": null, "code": "rate_limit_exceeded"}}""";
    public static final String MESSAGES_MISSING = """
            {"error": {"message": "Missing required parameter: 'messages'.", "type": "invalid_request_error",
                       "param": "messages", "code": null}}""";
    public static final String IMAGE_REFUSED = """
            {"error": {"message": "Images are not accepted here: a photo of a print is analysed with the plate it \
            shows, so send it to POST /api/v1/chat as an attachment.", "type": "invalid_request_error",
                       "param": "messages[0].content[1]", "code": null}}""";
    public static final String N_REFUSED = """
            {"error": {"message": "Slicewise answers with one choice: 'n' must be 1.", "type": "invalid_request_error",
                       "param": "n", "code": null}}""";
    public static final String MODEL_NOT_FOUND = """
            {"error": {"message": "The model 'gpt-4o' does not exist; the model is 'slicewise'.",
                       "type": "invalid_request_error", "param": "model", "code": "model_not_found"}}""";
    public static final String CREDITS_REFUSED = """
            {"error": {"message": "The credits system refused the charge for this answer: the key's owner has not \
            enough credits. Nothing was charged.", "type": "insufficient_quota", "param": null,
                       "code": "insufficient_quota"}}""";
    public static final String CREDITS_FAILED = """
            {"error": {"message": "The credits system could not be reached; nothing was charged. Try again.",
                       "type": "server_error", "param": null, "code": null}}""";

    private OpenAiExamples() {
    }
}
