-- Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.
-- GET chats/ reads one page at a time, newest first (created_at, then id), older than a given chat; the per-user limit
-- counts a user's chats. One index with the id after created_at serves both, ties included.
CREATE INDEX chat_owner_created_at_id ON chat (elegoo_user_id, created_at, id);
DROP INDEX chat_owner_created_at;
