package org.sitrep.store;

import org.jspecify.annotations.Nullable;

/** A stored quotation with its speaker as resolved (null fields when no speaker was found). */
public record StoredQuote(long articleId, String text, @Nullable String speakerMention, @Nullable String speakerName,
    @Nullable String speakerCountry, @Nullable String speakerRole) {}
