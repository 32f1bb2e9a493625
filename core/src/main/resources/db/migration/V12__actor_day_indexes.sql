-- An actor's page on a large store (the dashboard): its events per day and kind, its counterparts and its latest
-- events, read from these two indexes alone (covering) instead of from every row of the actor's events.
-- events_target_day starts with target_country, so it replaces events_target.
CREATE INDEX events_source_day ON events(source_country, event_date, quad_class, target_country);
CREATE INDEX events_target_day ON events(target_country, event_date, quad_class, source_country);
DROP INDEX events_target;
