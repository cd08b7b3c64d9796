-- Fleet Ledger library, schema version 2: a one-line description per scenario for the list,
-- and indexes for searching by name and listing the trash.
-- Shipped migrations are append-only: never edit this file, add 0003_*.sql instead.

ALTER TABLE scenarios ADD COLUMN description TEXT NOT NULL DEFAULT '';

CREATE INDEX scenarios_by_name ON scenarios (name COLLATE NOCASE);
CREATE INDEX scenarios_in_trash ON scenarios (deleted_at) WHERE deleted_at IS NOT NULL;
