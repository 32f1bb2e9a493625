package org.sitrep.source;

import java.time.Duration;

/**
 * Limits for reading documents, validated when built.
 *
 * @param maxBytes bytes of one document that are read (after gunzip); the rest is cut with a warning
 * @param connectTimeout time to establish an HTTP connection
 * @param readTimeout time for a whole HTTP response
 * @param userAgent the User-Agent sent with every request
 */
public record SourceSettings(long maxBytes, Duration connectTimeout, Duration readTimeout, String userAgent) {
  public static final SourceSettings DEFAULTS = new SourceSettings(64L << 20, Duration.ofSeconds(10),
      Duration.ofSeconds(30), "Sitrep/0.1 (self-hosted news monitoring; +https://github.com/sitrep)");

  public SourceSettings {
    if (maxBytes < 1024) {
      throw new IllegalArgumentException("source.maxBytes must be at least 1024, was " + maxBytes);
    }
    if (connectTimeout.isNegative() || connectTimeout.isZero()) {
      throw new IllegalArgumentException("source.connectTimeout must be positive, was " + connectTimeout);
    }
    if (readTimeout.isNegative() || readTimeout.isZero()) {
      throw new IllegalArgumentException("source.readTimeout must be positive, was " + readTimeout);
    }
    if (userAgent.isBlank()) {
      throw new IllegalArgumentException("source.userAgent must not be blank");
    }
  }
}
