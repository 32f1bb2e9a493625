-- The persisted notification log of watch alerts (Prometheus Alertmanager's model: items grouped into
-- notifications per alert, delivered at least once, silences recorded).
-- alert_items: what a rule found, one row per (watchlist, rule, item), written in the same transaction that
-- marks it noticed, so a crash never loses it; it belongs to a notification once grouped, or to a silence.
CREATE TABLE alert_notifications (
  id            INTEGER PRIMARY KEY,
  alert_key     TEXT NOT NULL,                 -- watchlist, rule and kind: one alert
  watchlist     TEXT NOT NULL,
  rule          TEXT NOT NULL,
  kind          TEXT NOT NULL,
  idempotency   TEXT NOT NULL UNIQUE,          -- stable: the receivers' de-duplication key
  payload       TEXT NOT NULL,                 -- the versioned JSON sent
  created_at    TEXT NOT NULL,
  state         TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'delivered', 'failed')),
  attempts      INTEGER NOT NULL DEFAULT 0,
  last_error    TEXT,
  delivered_at  TEXT
);
CREATE INDEX alert_notifications_pending ON alert_notifications (state, id);
CREATE INDEX alert_notifications_alert ON alert_notifications (alert_key, created_at);
CREATE TABLE alert_silences (
  id          INTEGER PRIMARY KEY,
  watchlist   TEXT NOT NULL,
  rule        TEXT,                            -- null: every rule of the watchlist
  starts_at   TEXT NOT NULL,
  ends_at     TEXT NOT NULL,
  comment     TEXT NOT NULL DEFAULT ''
);
CREATE TABLE alert_items (
  id              INTEGER PRIMARY KEY,
  alert_key       TEXT NOT NULL,
  watchlist       TEXT NOT NULL,
  rule            TEXT NOT NULL,
  kind            TEXT NOT NULL,
  item_key        TEXT NOT NULL UNIQUE,        -- one item once: wire copies and re-ingests are one event
  item            TEXT NOT NULL,               -- its JSON, evidence included
  created_at      TEXT NOT NULL,
  notification_id INTEGER REFERENCES alert_notifications(id),
  silence_id      INTEGER REFERENCES alert_silences(id)
);
CREATE INDEX alert_items_open ON alert_items (alert_key, notification_id, silence_id);
