-- Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.
-- A kept answer is its body: the door that kept it knows its own success status (ADR 0012).

ALTER TABLE idempotency_record DROP CONSTRAINT idempotency_record_response;
ALTER TABLE idempotency_record DROP COLUMN response_status;
ALTER TABLE idempotency_record ADD CONSTRAINT idempotency_record_response CHECK (
    (state = 'RUNNING' AND response_body IS NULL) OR (state = 'COMPLETED' AND response_body IS NOT NULL));
