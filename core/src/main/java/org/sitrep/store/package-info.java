/**
 * The store stage: consumes articles (and, later, coded events), keeps them in an embedded SQLite
 * file with an FTS5 index, and answers queries. Schema versions are Flyway migrations under
 * {@code db/migration}. {@link org.sitrep.store.ArticleStore} is the interface a server database
 * can implement too; {@link org.sitrep.store.SqliteStore} is the default. One store instance is one
 * connection: writes from one thread, as the batch runner does.
 */
@NullMarked
package org.sitrep.store;

import org.jspecify.annotations.NullMarked;
