-- Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.
-- The operator's records (GET /api/v1/records, its export, GET /api/v1/usage): each turn and plate analysis record
-- keeps the API it came through, the end user a native caller named, the native session and the id of the kept answer
-- (whose feedback the records show), and the texts of the user's message and of the answer. Records kept before this
-- migration have no texts (empty); they were native when their user is a native key (key_...), else partner.

ALTER TABLE turn_record ADD COLUMN api VARCHAR(16) DEFAULT 'partner' NOT NULL;
ALTER TABLE turn_record ADD COLUMN end_user VARCHAR(256);
ALTER TABLE turn_record ADD COLUMN session_id VARCHAR(36);
ALTER TABLE turn_record ADD COLUMN answer_id VARCHAR(36);
ALTER TABLE turn_record ADD COLUMN user_message TEXT DEFAULT '' NOT NULL;
ALTER TABLE turn_record ADD COLUMN bot_message TEXT DEFAULT '' NOT NULL;
UPDATE turn_record SET api = 'native' WHERE SUBSTRING(elegoo_user_id FROM 1 FOR 4) = 'key_';

ALTER TABLE plate_analysis_record ADD COLUMN api VARCHAR(16) DEFAULT 'partner' NOT NULL;
ALTER TABLE plate_analysis_record ADD COLUMN end_user VARCHAR(256);
ALTER TABLE plate_analysis_record ADD COLUMN session_id VARCHAR(36);
ALTER TABLE plate_analysis_record ADD COLUMN answer_id VARCHAR(36);
ALTER TABLE plate_analysis_record ADD COLUMN user_message TEXT DEFAULT '' NOT NULL;
ALTER TABLE plate_analysis_record ADD COLUMN bot_message TEXT DEFAULT '' NOT NULL;
UPDATE plate_analysis_record SET api = 'native' WHERE SUBSTRING(elegoo_user_id FROM 1 FOR 4) = 'key_';

-- Records are read by time across users: a period's rows in order, newest or oldest first.
CREATE INDEX turn_record_answered_at_id ON turn_record (answered_at, id);
CREATE INDEX plate_analysis_record_answered_at_id ON plate_analysis_record (answered_at, id);

-- Both kinds of records as one list, in the fields of the records; the feedback as it is now (a native answer's, or
-- the partner chat's, since the partner API rates the chat). kind orders a turn before a plate analysis of the same
-- instant, seq the rows of one kind.
CREATE VIEW operator_record AS
SELECT 'turn_' || CAST(t.id AS VARCHAR(20)) AS id, 0 AS kind, t.id AS seq, t.answered_at AS created_at, t.api,
       CASE WHEN t.api = 'native' THEN t.elegoo_user_id END AS key_id,
       CASE WHEN t.api = 'partner' THEN t.elegoo_user_id ELSE t.end_user END AS user_name,
       CASE WHEN t.api = 'partner' THEN CAST(t.chat_id AS VARCHAR(20)) ELSE t.session_id END AS session_id,
       t.user_message, t.bot_message, LOWER(t.intent) AS intent,
       CASE WHEN t.provider = 'embedded' THEN 'intent_model' ELSE 'llm' END AS source, t.model AS model_used,
       t.prompt_tokens, t.completion_tokens, t.charged AS credits, t.latency_millis AS latency_ms, t.language,
       t.fell_back,
       CASE WHEN t.api = 'partner' THEN c.user_feedback ELSE LOWER(m.feedback_rating) END AS feedback_rating,
       CASE WHEN t.api = 'partner' THEN c.user_feedback_text ELSE m.feedback_comment END AS feedback_content
FROM turn_record t
LEFT JOIN session_message m ON m.id = t.answer_id
LEFT JOIN chat c ON c.id = t.chat_id
UNION ALL
SELECT 'plate_' || CAST(p.id AS VARCHAR(20)) AS id, 1 AS kind, p.id AS seq, p.answered_at AS created_at, p.api,
       CASE WHEN p.api = 'native' THEN p.elegoo_user_id END AS key_id,
       CASE WHEN p.api = 'partner' THEN p.elegoo_user_id ELSE p.end_user END AS user_name,
       CASE WHEN p.api = 'partner' THEN CAST(p.chat_id AS VARCHAR(20)) ELSE p.session_id END AS session_id,
       p.user_message, p.bot_message, 'plate_analysis' AS intent,
       CASE WHEN p.provider = 'embedded' THEN 'intent_model' ELSE 'llm' END AS source, p.model AS model_used,
       p.prompt_tokens, p.completion_tokens, p.charged AS credits, p.latency_millis AS latency_ms, p.language,
       p.fell_back,
       CASE WHEN p.api = 'partner' THEN c.user_feedback ELSE LOWER(m.feedback_rating) END AS feedback_rating,
       CASE WHEN p.api = 'partner' THEN c.user_feedback_text ELSE m.feedback_comment END AS feedback_content
FROM plate_analysis_record p
LEFT JOIN session_message m ON m.id = p.answer_id
LEFT JOIN chat c ON c.id = p.chat_id;
