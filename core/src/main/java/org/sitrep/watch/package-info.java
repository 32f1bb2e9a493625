/**
 * Watch: what the analyst is told about the store, built on events dated by when they happened.
 *
 * <p>Consumes a {@link org.sitrep.store.SqliteStore}; produces reports. {@link org.sitrep.watch.DailyReport}
 * gathers one day — top stories by number of outlets, actor pairs new or escalating against the previous
 * seven days, the day's events kept apart by modality, quotations with their speakers — and
 * {@link org.sitrep.watch.ReportMarkdown} and {@link org.sitrep.watch.ReportHtml} write it. The same store and
 * day give the same report, byte for byte. A {@link org.sitrep.watch.Watchlist} is the user's YAML file of
 * {@link org.sitrep.watch.WatchRule}s (actors, CAMEO ranges, PLOVER, modality, Goldstein, search terms); the
 * report lists what each rule found, and {@link org.sitrep.watch.NewMatches} finds each rule's new events.
 * {@link org.sitrep.watch.Alerts} turns them (and spikes, {@link org.sitrep.watch.Spike}, and sources gone quiet or
 * failing, {@link org.sitrep.watch.SourceSilence}, from the polls {@code ingest --watch} records) into notifications
 * after Alertmanager's model — collect into the store's persisted {@link org.sitrep.store.AlertLog}, group by
 * alert ({@code group_wait}, {@code group_interval}, {@code repeat_interval} of {@link org.sitrep.watch.AlertSettings}),
 * honour silences, deliver to {@link org.sitrep.watch.AlertSink}s (terminal and JSON Lines in
 * {@link org.sitrep.watch.StreamSinks}, {@link org.sitrep.watch.WebhookSink} with HMAC signature and retries) at
 * least once under a stable idempotency key.
 *
 * <p>To change what counts as escalating, touch {@link org.sitrep.watch.PairActivity}; to change a section's
 * layout, the two writers; a new kind of alert is a new item kind collected in {@code Alerts#collect}; a new
 * destination, a new {@code AlertSink}.
 */
@org.jspecify.annotations.NullMarked
package org.sitrep.watch;
