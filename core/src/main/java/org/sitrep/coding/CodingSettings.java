package org.sitrep.coding;

/**
 * The coding stage's settings ({@code coding.*} keys).
 *
 * @param reference directory of CAMEO/PLOVER tables in the reference format ({@code cameo-events.tsv},
 *     {@code plover-mapping.tsv}) to use instead of the bundled table; empty for the bundled one
 *     ({@link CameoCodebook#find})
 * @param maxSentenceTokens sentences longer than this are skipped with a warning
 * @param maxChars characters of one article body that are coded; the rest is left with a warning
 */
public record CodingSettings(String reference, int maxSentenceTokens, int maxChars) {
  public CodingSettings {
    if (maxSentenceTokens < 10) {
      throw new IllegalArgumentException("coding.maxSentenceTokens must be at least 10, was " + maxSentenceTokens);
    }
  }

  public static CodingSettings defaults() {
    return new CodingSettings("", 150, 200_000);
  }
}
