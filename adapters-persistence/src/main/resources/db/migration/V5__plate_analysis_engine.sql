-- Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.
-- Which engine answered each plate analysis (the embedded engine, or a provider's vision model), its token counts,
-- the analyser's latency, and whether a vision model failed before the answer. Analyses recorded before this migration
-- were all the embedded engine's: the defaults say so.

ALTER TABLE plate_analysis_record ADD COLUMN provider VARCHAR(64) DEFAULT 'embedded' NOT NULL;
ALTER TABLE plate_analysis_record ADD COLUMN model VARCHAR(200) DEFAULT 'embedded' NOT NULL;
ALTER TABLE plate_analysis_record ADD COLUMN prompt_tokens BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE plate_analysis_record ADD COLUMN completion_tokens BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE plate_analysis_record ADD COLUMN analyser_latency_millis BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE plate_analysis_record ADD COLUMN fell_back BOOLEAN DEFAULT FALSE NOT NULL;
