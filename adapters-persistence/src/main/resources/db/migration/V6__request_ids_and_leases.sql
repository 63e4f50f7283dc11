-- Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.
-- A request keeps one id across its attempts (ADR 0005): the idempotency record holds it, with the lease of a running
-- request; the embedded ledger keeps one charge per request id; a turn and a plate analysis are recorded once per
-- request id.

-- Running records from before this migration belong to requests that are no longer running: their keys are free.
DELETE FROM idempotency_record WHERE state = 'RUNNING';
ALTER TABLE idempotency_record ADD COLUMN request_id VARCHAR(64) DEFAULT 'completed-before-v6' NOT NULL;
ALTER TABLE idempotency_record ALTER COLUMN request_id DROP DEFAULT;
ALTER TABLE idempotency_record ADD COLUMN lease_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE idempotency_record ADD CONSTRAINT idempotency_record_lease
    CHECK ((state = 'RUNNING') = (lease_until IS NOT NULL));

CREATE TABLE credit_charge (
    request_id     VARCHAR(64)              NOT NULL PRIMARY KEY,
    elegoo_user_id VARCHAR(256)             NOT NULL,
    amount         BIGINT                   NOT NULL CHECK (amount > 0),
    charged_at     TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);

ALTER TABLE turn_record ADD COLUMN request_id VARCHAR(64);
UPDATE turn_record SET request_id = 'turn-' || CAST(id AS VARCHAR(20));
ALTER TABLE turn_record ALTER COLUMN request_id SET NOT NULL;
ALTER TABLE turn_record ADD CONSTRAINT turn_record_request UNIQUE (request_id);

ALTER TABLE plate_analysis_record ADD COLUMN request_id VARCHAR(64);
UPDATE plate_analysis_record SET request_id = 'plate-' || CAST(id AS VARCHAR(20));
ALTER TABLE plate_analysis_record ALTER COLUMN request_id SET NOT NULL;
ALTER TABLE plate_analysis_record ADD CONSTRAINT plate_analysis_record_request UNIQUE (request_id);
