-- Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.
-- The native API's keys: the hash of each secret (found by it on every request), never the secret. A revoked key keeps
-- its row (its id stays the owner of what it made) and is never found again.
CREATE TABLE api_key (
    id                    VARCHAR(36)              NOT NULL PRIMARY KEY,
    name                  VARCHAR(100)             NOT NULL,
    secret_hash           VARCHAR(64)              NOT NULL UNIQUE,
    rate_limit_per_minute INTEGER                  NOT NULL CHECK (rate_limit_per_minute > 0),
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at          TIMESTAMP WITH TIME ZONE,
    revoked_at            TIMESTAMP WITH TIME ZONE
);

-- Each key's requests in its current fixed one-minute window, shared by every node on the database.
CREATE TABLE rate_limit_window (
    api_key_id   VARCHAR(36)              NOT NULL PRIMARY KEY,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    used         INTEGER                  NOT NULL CHECK (used >= 0)
);
