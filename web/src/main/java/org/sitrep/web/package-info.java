/**
 * The web dashboard: a thin, read-only shell over the store, as the CLI is over the stages.
 *
 * <p>Consumes a {@link org.sitrep.store.SqliteStore} opened for reading; produces HTML pages, CSV and JSON.
 * {@link org.sitrep.web.Dashboard} sets everything up in one place (routes, templates, static files,
 * security headers); {@link org.sitrep.web.Pages} reads what each page shows into plain records; the jte
 * templates under {@code web/src/main/jte} (precompiled at build time, every value HTML-escaped for its
 * context) lay them out; {@code static/sitrep.js} draws the charts from the data the server writes into
 * {@code data-} attributes. To add a page: a record and a method in {@code Pages}, a template, one route.
 */
@org.jspecify.annotations.NullMarked
package org.sitrep.web;
