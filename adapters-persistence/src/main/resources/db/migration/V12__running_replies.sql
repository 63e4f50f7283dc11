-- Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.
-- The native API's replies being streamed, on every node (ADR 0015): a stop may reach any node and marks the row; the
-- streaming node polls for the marks of its own rows. A row lives under a lease its node renews; a row whose lease
-- ended is a crashed node's and no running reply. Rows last as long as their stream: the table stays small.
CREATE TABLE running_reply (
    message_id     VARCHAR(64)              NOT NULL PRIMARY KEY,
    owner_id       VARCHAR(256)             NOT NULL,
    node           VARCHAR(64)              NOT NULL,
    lease_until    TIMESTAMP WITH TIME ZONE NOT NULL,
    stop_requested BOOLEAN                  DEFAULT FALSE NOT NULL
);

-- A node's poll (its rows whose stop was asked for) and the renewal of its leases.
CREATE INDEX running_reply_node ON running_reply (node, stop_requested);
