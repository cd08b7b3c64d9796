-- Fleet Ledger library, schema version 3: the briefing deck saved with a scenario (issue 18).
-- A deck is frozen to the saved versions it was built from (one for a scenario's briefing,
-- two to four for a comparison's) and lists its slides in order; it is kept as JSON so that
-- new slide kinds need no migration. One deck a scenario, dropped with the scenario.
-- Shipped migrations are append-only: never edit this file, add 0004_*.sql instead.

CREATE TABLE briefing_decks (
    scenario_id TEXT PRIMARY KEY REFERENCES scenarios (id) ON DELETE CASCADE,
    document    TEXT NOT NULL,
    saved_at    TEXT NOT NULL
);
