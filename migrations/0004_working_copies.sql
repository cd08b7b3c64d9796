-- Fleet Ledger library, schema version 4: a scenario's working copy (issue 17).
-- Every edit in the app is written here in its own transaction, so a crash or a power cut
-- loses nothing typed; Save turns the working copy into a new version and removes it. A
-- working copy may be invalid (a draft): it is kept as the user left it and only validated
-- when it is saved or run. One working copy a scenario, dropped with the scenario.
-- Shipped migrations are append-only: never edit this file, add 0005_*.sql instead.

CREATE TABLE working_copies (
    scenario_id     TEXT PRIMARY KEY REFERENCES scenarios (id) ON DELETE CASCADE,
    -- The saved version the edits started from.
    base_version_id TEXT NOT NULL,
    document        TEXT NOT NULL CHECK (json_valid(document)),
    edited_at       TEXT NOT NULL
) STRICT;
