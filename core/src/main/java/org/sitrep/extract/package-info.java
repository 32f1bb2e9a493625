/**
 * The extract stage: consumes {@link org.sitrep.model.RawDocument} (HTML page or scraped text),
 * produces {@link org.sitrep.model.Article} (title, standfirst, authors, dates, site, language,
 * body paragraphs) or a skipped/failed {@link org.sitrep.model.Outcome} with its reason.
 * {@link org.sitrep.extract.ArticleExtractor} is the entry point; the rest is package-private.
 * Stateless and thread-safe; lexicons load once per process from {@code src/main/resources}.
 */
@NullMarked
package org.sitrep.extract;

import org.jspecify.annotations.NullMarked;
