package org.sitrep.extract;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a page says about itself, gathered from JSON-LD, OpenGraph, meta tags, microdata and bylines. */
record PageMetadata(
    @Nullable String title,
    @Nullable String description,
    List<String> authors,
    @Nullable PublicationDate published,
    @Nullable PublicationDate modified,
    @Nullable String site,
    @Nullable String canonicalUrl,
    @Nullable String declaredLanguage,
    /** JSON-LD's {@code articleBody}, when the page's article object carries its text. */
    @Nullable String articleBody) {}
