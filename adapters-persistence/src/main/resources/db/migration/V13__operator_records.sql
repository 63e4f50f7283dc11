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
