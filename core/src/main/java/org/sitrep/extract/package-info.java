/**
 * The extract stage: consumes {@link org.sitrep.model.RawDocument} (HTML page or scraped text),
 * produces {@link org.sitrep.model.Article} (title, standfirst, authors, dates, site, language,
 * body paragraphs) or a skipped/failed {@link org.sitrep.model.Outcome} with its reason.
 * {@link org.sitrep.extract.ArticleExtractor} is the entry point; the rest is package-private.
 * Stateless and thread-safe; lexicons load once per process from {@code src/main/resources}.
 * Dates a page states are read by {@code DateParser} and {@code MetadataReader}; which of them can be believed
 * (from 1900 to tomorrow, else the URL's date) is {@code PlausibleDate}'s to say.
 */
@NullMarked
package org.sitrep.extract;

import org.jspecify.annotations.NullMarked;
