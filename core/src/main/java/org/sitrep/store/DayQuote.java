package org.sitrep.store;

import org.jspecify.annotations.Nullable;

/** A quotation of a day, its speaker as resolved, and its article's link. */
public record DayQuote(String text, @Nullable String speakerMention, @Nullable String speakerCountry,
    @Nullable String speakerRole, String url) {}
