-- The spikes a watchlist rule has told: one per (watchlist, rule, day), so a spike is told once.
CREATE TABLE watch_spikes (
  watchlist    TEXT NOT NULL,
  rule         TEXT NOT NULL,
  day          TEXT NOT NULL,
  count        INTEGER NOT NULL,
  baseline     REAL NOT NULL,
  noticed_at   TEXT NOT NULL,
  PRIMARY KEY (watchlist, rule, day)
) WITHOUT ROWID;
