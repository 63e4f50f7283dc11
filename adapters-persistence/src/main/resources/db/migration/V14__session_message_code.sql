-- Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.
-- The code of the part an answer designed (NULL for every other message), its language ('jscad' or 'openscad'), and
-- the parametric part it was written from, as compact JSON {"family", "unit", "values": {name: millimetres...}}: a
-- follow-up ("10 mm taller", "now in inches") changes that part. Code a model wrote has no part.
ALTER TABLE session_message ADD COLUMN code TEXT;
ALTER TABLE session_message ADD COLUMN code_language VARCHAR(16);
ALTER TABLE session_message ADD COLUMN part TEXT;
