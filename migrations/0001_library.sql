-- Fleet Ledger library, schema version 1: scenarios and their saved versions.
-- Shipped migrations are append-only: never edit this file, add 0002_*.sql instead.

CREATE TABLE schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    checksum   TEXT NOT NULL,
    applied_at TEXT NOT NULL
) STRICT;

CREATE TABLE scenarios (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    -- Set when the scenario is moved to the trash; NULL while it is in the library.
    deleted_at TEXT
) STRICT;

-- Every save is a new row; the newest row is the scenario's current content.
CREATE TABLE scenario_versions (
    id          TEXT PRIMARY KEY,
    scenario_id TEXT NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
    saved_at    TEXT NOT NULL,
    note        TEXT,
    document    TEXT NOT NULL CHECK (json_valid(document))
) STRICT;

CREATE INDEX scenario_versions_by_scenario ON scenario_versions (scenario_id, saved_at);
