package org.sitrep.source;

import java.time.Duration;

/**
 * Limits and manners for reading documents, validated when built.
 *
 * @param maxBytes bytes of one document that are read (after gunzip); a file is cut with a
 *     warning, a fetched response over it fails
 * @param connectTimeout time to establish an HTTP connection
 * @param readTimeout time for a whole HTTP response
 * @param userAgent the User-Agent sent with every request, and the name robots.txt rules are read for
 * @param maxRedirects redirects followed per fetch
 * @param hostDelay least time between two requests to the same host (robots.txt may ask for more)
 * @param allowPrivate whether loopback, private and link-local addresses may be fetched
 * @param obeyRobots whether robots.txt is fetched and obeyed
 * @param maxLinks the most links one feed, sitemap (index included) or OPML list may yield
 */
public record SourceSettings(long maxBytes, Duration connectTimeout, Duration readTimeout, String userAgent,
    int maxRedirects, Duration hostDelay, boolean allowPrivate, boolean obeyRobots, int maxLinks) {
  public static final SourceSettings DEFAULTS = new SourceSettings(64L << 20, Duration.ofSeconds(10),
      Duration.ofSeconds(30), "Sitrep/0.1 (self-hosted news monitoring)", 5, Duration.ofSeconds(1), false, true, 50_000);

  public SourceSettings {
    if (maxBytes < 1024) {
      throw new IllegalArgumentException("source.maxBytes must be at least 1024, was " + maxBytes);
    }
    if (connectTimeout.isNegative() || connectTimeout.isZero()) {
      throw new IllegalArgumentException("source.connectTimeoutSeconds must be positive, was " + connectTimeout);
    }
    if (readTimeout.isNegative() || readTimeout.isZero()) {
      throw new IllegalArgumentException("source.readTimeoutSeconds must be positive, was " + readTimeout);
    }
    if (userAgent.isBlank()) {
      throw new IllegalArgumentException("source.userAgent must not be blank");
    }
    if (maxRedirects < 0 || maxRedirects > 20) {
      throw new IllegalArgumentException("source.maxRedirects must be 0 to 20, was " + maxRedirects);
    }
    if (hostDelay.isNegative()) {
      throw new IllegalArgumentException("source.hostDelayMillis must not be negative, was " + hostDelay);
    }
    if (maxLinks < 1) {
      throw new IllegalArgumentException("source.maxLinks must be positive, was " + maxLinks);
    }
  }

  /** The same settings with private addresses allowed or not. */
  public SourceSettings withAllowPrivate(boolean allow) {
    return new SourceSettings(maxBytes, connectTimeout, readTimeout, userAgent, maxRedirects, hostDelay, allow,
        obeyRobots, maxLinks);
  }

  /** The same settings with another per-host delay. */
  public SourceSettings withHostDelay(Duration delay) {
    return new SourceSettings(maxBytes, connectTimeout, readTimeout, userAgent, maxRedirects, delay, allowPrivate,
        obeyRobots, maxLinks);
  }
}
