package org.sitrep.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.coding.CodingSettings;
import org.jspecify.annotations.Nullable;
import org.sitrep.extract.ExtractSettings;
import org.sitrep.source.SourceSettings;

/**
 * All settings, grouped by stage.
 *
 * @param threads worker threads for documents (already resolved: never 0)
 * @param extract the extract stage's limits
 * @param source the source stage's limits
 * @param coding the coding stage's settings
 * @param web the dashboard's settings
 */
public record SitrepConfig(int threads, ExtractSettings extract, SourceSettings source, CodingSettings coding, Web web) {

  /**
   * The dashboard ({@code sitrep serve}): the Argon2id hash (PHC string) of the password that allows writes, null when
   * none is set (read-only); how often it runs the watchlists' alerts.
   */
  public record Web(@Nullable String passwordHash, Duration alertEvery) {}

  public SitrepConfig {
    if (threads < 1) {
      throw new IllegalArgumentException("run.threads must be at least 1, was " + threads);
    }
  }

  /** The bundled defaults alone. */
  public static SitrepConfig defaults() {
    return load(null, Map.of());
  }

  /**
   * Defaults, then {@code file} when given, then {@code overrides}; unknown keys and bad values are
   * rejected with a message naming the key.
   */
  public static SitrepConfig load(@Nullable Path file, Map<String, String> overrides) {
    Properties p = new Properties();
    try (InputStream in = SitrepConfig.class.getResourceAsStream("defaults.properties")) {
      if (in == null) {
        throw new IllegalStateException("missing bundled defaults.properties");
      }
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read bundled defaults", e);
    }
    Set<String> known = new TreeSet<>(p.stringPropertyNames());
    if (file != null) {
      Properties user = new Properties();
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        user.load(r);
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot read config file " + file + ": " + e.getMessage(), e);
      }
      for (String key : user.stringPropertyNames()) {
        check(known, key, file.toString());
        p.setProperty(key, user.getProperty(key).strip());
      }
    }
    overrides.forEach((key, value) -> {
      check(known, key, "--set");
      p.setProperty(key, value.strip());
    });
    int threads = integer(p, "run.threads");
    if (threads == 0) {
      threads = Runtime.getRuntime().availableProcessors();
    }
    ExtractSettings extract = new ExtractSettings(integer(p, "extract.maxChars"), longValue(p, "extract.timeoutMillis"));
    SourceSettings source = new SourceSettings(longValue(p, "source.maxBytes"),
        Duration.ofSeconds(longValue(p, "source.connectTimeoutSeconds")),
        Duration.ofSeconds(longValue(p, "source.readTimeoutSeconds")), p.getProperty("source.userAgent"),
        integer(p, "source.maxRedirects"), Duration.ofMillis(longValue(p, "source.hostDelayMillis")),
        bool(p, "source.allowPrivate"), bool(p, "source.obeyRobots"), integer(p, "source.maxLinks"));
    CodingSettings coding = new CodingSettings(p.getProperty("coding.reference", "").strip(),
        integer(p, "coding.maxSentenceTokens"), integer(p, "coding.maxChars"));
    String hash = p.getProperty("web.passwordHash", "").strip();
    long alertEvery = longValue(p, "web.alertEverySeconds");
    if (alertEvery < 1) throw new IllegalArgumentException("web.alertEverySeconds must be at least 1, was " + alertEvery);
    return new SitrepConfig(threads, extract, source, coding, new Web(hash.isEmpty() ? null : hash, Duration.ofSeconds(alertEvery)));
  }

  private static void check(Set<String> known, String key, String where) {
    if (!known.contains(key)) {
      throw new IllegalArgumentException("unknown setting '" + key + "' in " + where + "; known settings: " + known);
    }
  }

  private static int integer(Properties p, String key) {
    long v = longValue(p, key);
    if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
      throw new IllegalArgumentException(key + " is out of range: " + v);
    }
    return (int) v;
  }

  private static boolean bool(Properties p, String key) {
    String v = p.getProperty(key).strip();
    if (!v.equals("true") && !v.equals("false")) {
      throw new IllegalArgumentException(key + " must be true or false, was '" + v + "'");
    }
    return Boolean.parseBoolean(v);
  }

  private static long longValue(Properties p, String key) {
    String v = p.getProperty(key);
    try {
      return Long.parseLong(v.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a whole number, was '" + v + "'", e);
    }
  }

  /** The same settings with private addresses allowed (for --allow-private). */
  public SitrepConfig withAllowPrivate(boolean allow) {
    return new SitrepConfig(threads, extract, source.withAllowPrivate(allow), coding, web);
  }

  /** The same settings with another thread count. */
  public SitrepConfig withThreads(int n) {
    return new SitrepConfig(n, extract, source, coding, web);
  }
}
