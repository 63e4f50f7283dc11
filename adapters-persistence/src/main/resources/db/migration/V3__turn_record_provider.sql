-- Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.
-- Which provider and model answered each turn, their token counts, the assistant's latency, and whether the chain
-- fell back. Turns recorded before this migration were all answered by the embedded engine: the defaults say so.

ALTER TABLE turn_record ADD COLUMN provider VARCHAR(64) DEFAULT 'embedded' NOT NULL;
ALTER TABLE turn_record ADD COLUMN model VARCHAR(200) DEFAULT 'embedded' NOT NULL;
ALTER TABLE turn_record ADD COLUMN prompt_tokens BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE turn_record ADD COLUMN completion_tokens BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE turn_record ADD COLUMN assistant_latency_millis BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE turn_record ADD COLUMN fell_back BOOLEAN DEFAULT FALSE NOT NULL;
