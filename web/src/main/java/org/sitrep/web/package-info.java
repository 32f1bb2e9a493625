/**
 * The web dashboard: a thin shell over the store, as the CLI is over the stages.
 *
 * <p>Consumes a {@link org.sitrep.store.SqliteStore} (read through a pool of read-only connections,
 * {@link org.sitrep.web.Readers}) and the watchlist files it was given; produces HTML pages, CSV and JSON.
 * {@link org.sitrep.web.Dashboard} sets everything up in one place (routes, templates, static files,
 * security headers); {@link org.sitrep.web.Pages} reads what each page shows into plain records, and
 * {@link org.sitrep.web.WatchPages} the watchlists, alerts and report; {@link org.sitrep.web.PageCache} keeps pages
 * that are the same for every reader until the store changes. The jte templates under {@code web/src/main/jte}
 * (precompiled at build time, every value HTML-escaped for its context) lay them out; {@code static/sitrep.js}
 * draws the charts from the data the server writes into {@code data-} attributes.
 *
 * <p>The only writes (saving a watchlist, starting or ending a silence) go through {@link org.sitrep.web.Writes},
 * which checks the session ({@link org.sitrep.web.Sessions}: Argon2id password, {@link org.sitrep.web.PasswordHash}),
 * the form's CSRF token and the request's origin, and opens the store for writing only for that request.
 *
 * <p>To add a page: a record and a method in {@code Pages}, a template, one route; a write: a method in
 * {@code Writes} that starts with {@code writer(ctx)}.
 */
@org.jspecify.annotations.NullMarked
package org.sitrep.web;
