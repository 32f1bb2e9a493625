package org.sitrep.store;

import org.jspecify.annotations.Nullable;

/**
 * What storing one article did.
 *
 * @param status whether it was new
 * @param articleId the article's id (for a duplicate: the one already stored)
 * @param reason for a duplicate, why ("same content as article 12", "same URL as article 12")
 */
public record Stored(Status status, long articleId, @Nullable String reason) {
  public enum Status { STORED, DUPLICATE }
}
