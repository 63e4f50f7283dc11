-- Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.

CREATE TABLE idempotency_record (
    elegoo_user_id  VARCHAR(256)             NOT NULL,
    idempotency_key VARCHAR(255)             NOT NULL,
    request_hash    VARCHAR(128)             NOT NULL,
    state           VARCHAR(16)              NOT NULL CHECK (state IN ('RUNNING', 'COMPLETED')),
    response_status INTEGER,
    response_body   TEXT,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT idempotency_record_key UNIQUE (elegoo_user_id, idempotency_key),
    CONSTRAINT idempotency_record_response CHECK (
        (state = 'RUNNING' AND response_status IS NULL AND response_body IS NULL)
        OR (state = 'COMPLETED' AND response_status IS NOT NULL AND response_body IS NOT NULL))
);

CREATE INDEX idempotency_record_expires_at ON idempotency_record (expires_at);
