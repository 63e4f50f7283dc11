package dev.slicewise.adapter.http.openapi;

/** Examples of the operator's records and usage, as the service answers them. */
public final class RecordExamples {

    public static final String RECORDS = """
            {"count": 2, "page": 1, "page_size": 50, "results": [
              {"id": "turn_42", "created_at": "2026-01-31T18:02:11.204Z", "api": "native", "user": "maker-17",
               "session_id": "ses_41d0c2a9e0b34f6f8a1c7d2e5b9f0a13", "user_message": "Make this bracket stronger",
               "bot_message": "Here are stronger settings for your bracket: ...",
               "intent": "determine_slicing_settings",
               "source": "intent_model", "model_used": "embedded", "tokens_used": 0, "credits": 1, "latency_ms": 38,
               "language": "en", "feedback": {"rating": "like", "content": "Printed fine"}},
              {"id": "plate_7", "created_at": "2026-01-02T09:15:00Z", "api": "partner", "user": "elegoo-user-7",
               "session_id": "1024", "user_message": "", "bot_message": "Your plate needs tree supports ...",
               "intent": "plate_analysis", "source": "llm", "model_used": "gpt-4o", "tokens_used": 2532,
               "credits": 1, "latency_ms": 1480, "language": "zh-CN", "feedback": null}]}""";
    public static final String USAGE = """
            {"start_date": "2026-01-01", "end_date": "2026-01-31", "group_by": "model", "data": [
              {"group": "embedded", "messages": 1830, "prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0,
               "credits": 1790, "fallbacks": 12, "errors": 12},
              {"group": "gpt-4o-mini", "messages": 210, "prompt_tokens": 380112, "completion_tokens": 41230,
               "total_tokens": 421342, "credits": 210, "fallbacks": 0, "errors": 3}],
             "total": {"messages": 2040, "prompt_tokens": 380112, "completion_tokens": 41230, "total_tokens": 421342,
               "credits": 2000, "fallbacks": 12, "errors": 15}}""";
    public static final String START_AFTER_END = """
            {"error": {"code": "invalid_request", "message": "'start_date' must not be after 'end_date'."}}""";
    public static final String BAD_DATE = """
            {"error": {"code": "invalid_request", "message": "'start_date' must be a date as YYYY-MM-DD."}}""";
    public static final String TOO_LONG = """
            {"error": {"code": "invalid_request", "message": "The period may cover at most 366 days."}}""";
    public static final String BAD_FORMAT = """
            {"error": {"code": "invalid_request", "message": "'format' must be xlsx or csv."}}""";

    private RecordExamples() {
    }
}
