package org.sitrep.extract;

/**
 * Limits for extracting one document, validated when built.
 *
 * @param maxChars characters of a document that are read; the rest is cut with a warning
 * @param timeoutMillis time budget per document; past it the document fails with that reason
 */
public record ExtractSettings(int maxChars, long timeoutMillis) {
  public static final ExtractSettings DEFAULTS = new ExtractSettings(8_000_000, 20_000);

  public ExtractSettings {
    if (maxChars < 1_000) {
      throw new IllegalArgumentException("extract.maxChars must be at least 1000, was " + maxChars);
    }
    if (timeoutMillis < 1) {
      throw new IllegalArgumentException("extract.timeoutMillis must be positive, was " + timeoutMillis);
    }
  }
}
