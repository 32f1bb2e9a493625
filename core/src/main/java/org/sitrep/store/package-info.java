/**
 * The store stage: consumes articles and their coding ({@link org.sitrep.model.CodedArticle}), keeps
 * them in an embedded SQLite file with an FTS5 index, links duplicates, groups stories, aggregates
 * events, and answers queries. Schema versions are Flyway migrations under {@code db/migration}.
 * {@link org.sitrep.store.ArticleStore} is the interface a server database can implement too;
 * {@link org.sitrep.store.SqliteStore} is the default. One store instance is one connection: writes
 * from one thread, as the batch runner does. What a write computes before touching the database
 * (hashes, compression, fingerprint, term profile) is a {@link org.sitrep.store.PreparedArticle},
 * made on the worker threads by {@link org.sitrep.store.PreparingStage}, which also turns away documents
 * the store already has before any work.
 *
 * <p>Which class to touch: opening, locks, read-only reads and migrations — {@code StoreOpening}; copies and
 * story thresholds, IDF weights — {@code StoryTables}; search ranking and folding of copies —
 * {@code SearchTables}; event aggregation and event queries — {@code EventTables}; a day's stories and
 * quotations for reports — {@code DayTables}; one story's page — {@code StoryTables#detail}; the watch alerts'
 * items, notifications, delivery state and silences — {@link org.sitrep.store.AlertLog} (V10; the spikes of V9's
 * {@code watch_spikes} are now alert items, that table is no longer written); the polls of watched sources —
 * {@link org.sitrep.store.SourcePolls} (V11); events counted per day and per counterpart for timelines and networks —
 * {@link org.sitrep.store.EventCounts} (on V12's covering indexes); a new table — a new migration and {@code SqliteStore.SCHEMA_VERSION}.
 */
@NullMarked
package org.sitrep.store;

import org.jspecify.annotations.NullMarked;
