package org.sitrep.store;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An event as the store keeps it: the coded fields, aggregated GDELT-style over every article that
 * codes the same (source, target, code, modality, date).
 *
 * @param date the event's date or interval; when the text gave none, its article's publication day
 * @param dateBasis "text" or "publication": where the date comes from (null for stores written before it was kept)
 * @param assertedBy JSON object of the asserting actor, or null
 * @param deniedBy JSON array of the denying actors
 * @param articles ids of the articles that code it, first seen first
 * @param evidence the sentence of the first article that coded it
 * @param sourceUrl the URL (or source) of that article
 */
public record StoredEvent(
    long id,
    @Nullable String sourceName, @Nullable String sourceCountry, @Nullable String sourceRole,
    @Nullable String targetName, @Nullable String targetCountry, @Nullable String targetRole,
    String cameo, String root, @Nullable String plover, @Nullable Double goldstein, int quadClass,
    String modality, @Nullable String assertedBy, String deniedBy, @Nullable String date,
    @Nullable String dateBasis, @Nullable String placeName, @Nullable String placeCountry,
    int numMentions, int numArticles, int numSources, String firstSeen, String lastSeen,
    List<Long> articles, @Nullable String evidence, @Nullable String sourceUrl) {
  public StoredEvent {
    articles = List.copyOf(articles);
  }
}
