package org.sitrep.watch;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How a watchlist's alerts are grouped and delivered, after Prometheus Alertmanager's route settings:
 * <ul>
 *   <li>{@code group_wait}: how long the first items of an alert wait for more before one notification
 *       lists them all (default 0s: a run tells what it found at once);
 *   <li>{@code group_interval}: after a notification, how long further items of the same alert wait
 *       before the next one (default 0s: each run tells what is new; Alertmanager's 5m suits a feed
 *       polled every minute);
 *   <li>{@code repeat_interval}: how often a spike still present is told again (default 4h);
 *   <li>{@code webhook}: an http(s) URL each notification is POSTed to, signed with HMAC-SHA256 when
 *       {@code secret_env} names an environment variable holding the secret (never the secret itself);
 *       {@code retries} attempts after the first (default 4) with exponential back-off from
 *       {@code backoff} (default 1s, doubling, at most 30s between attempts);
 *   <li>{@code silence_factor}: a watched source that brought nothing new for this many times its usual
 *       interval is told as silent (default 3; 0 turns it off); {@code failures}: that many failed polls in a
 *       row are told as failing (default 3; 0 off). See {@link SourceSilence}.
 * </ul>
 */
public record AlertSettings(Duration groupWait, Duration groupInterval, Duration repeatInterval, @Nullable URI webhook,
    @Nullable String secretEnv, int retries, Duration backoff, double silenceFactor, int failures) {

  public static final AlertSettings DEFAULTS = new AlertSettings(Duration.ZERO, Duration.ZERO, Duration.ofHours(4),
      null, null, 4, Duration.ofSeconds(1), 3, 3);

  private static final Set<String> FIELDS = Set.of("group_wait", "group_interval", "repeat_interval", "webhook",
      "secret_env", "retries", "backoff", "silence_factor", "failures");

  /** The same destinations with nothing held back for grouping (for a notification that is complete as it is). */
  public AlertSettings withoutWaiting() {
    return new AlertSettings(Duration.ZERO, Duration.ZERO, repeatInterval, webhook, secretEnv, retries, backoff, silenceFactor, failures);
  }

  public AlertSettings withWebhook(URI url, @Nullable String secret) {
    return new AlertSettings(groupWait, groupInterval, repeatInterval, url, secret, retries, backoff, silenceFactor, failures);
  }

  /**
   * The webhook these settings deliver to, or null when they name none; its secret is read from the environment
   * variable {@code secret_env} names, refused by name when unset ({@code where} names the watchlist).
   */
  public @Nullable AlertSink webhookSink(String where) {
    if (webhook == null) return null;
    String secret = secretEnv == null ? null : System.getenv(secretEnv);
    if (secretEnv != null && secret == null) {
      throw new IllegalArgumentException(where + ": alerts.secret_env names " + secretEnv + ", which is not set");
    }
    return new WebhookSink(webhook, secret, retries, backoff);
  }

  /** The {@code alerts:} block of a watchlist; {@code where} names the file for messages. */
  static AlertSettings read(JsonNode node, String where) {
    if (node.isMissingNode() || node.isNull()) return DEFAULTS;
    if (!node.isObject()) throw new IllegalArgumentException(where + ": alerts takes " + String.join(", ", new java.util.TreeSet<>(FIELDS)));
    for (var it = node.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!FIELDS.contains(f)) {
        throw new IllegalArgumentException(where + ": alerts: unknown field '" + f + "' (known: "
            + String.join(", ", new java.util.TreeSet<>(FIELDS)) + ")");
      }
    }
    URI webhook = null;
    if (node.hasNonNull("webhook")) {
      String u = node.get("webhook").asText().strip();
      try {
        webhook = URI.create(u);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": alerts: webhook '" + u + "' is not a URL");
      }
      if (!"http".equals(webhook.getScheme()) && !"https".equals(webhook.getScheme()) || webhook.getHost() == null) {
        throw new IllegalArgumentException(where + ": alerts: webhook '" + u + "' is not an http(s) URL");
      }
    }
    int retries = node.path("retries").asInt(DEFAULTS.retries());
    if (retries < 0 || retries > 20) throw new IllegalArgumentException(where + ": alerts: retries is 0 to 20");
    return new AlertSettings(duration(node, "group_wait", DEFAULTS.groupWait(), where),
        duration(node, "group_interval", DEFAULTS.groupInterval(), where),
        duration(node, "repeat_interval", DEFAULTS.repeatInterval(), where), webhook,
        node.hasNonNull("secret_env") ? node.get("secret_env").asText() : null, retries,
        duration(node, "backoff", DEFAULTS.backoff(), where), node.path("silence_factor").asDouble(DEFAULTS.silenceFactor()),
        node.path("failures").asInt(DEFAULTS.failures()));
  }

  static Duration duration(JsonNode node, String field, Duration fallback, String where) {
    if (!node.hasNonNull(field)) return fallback;
    return parseDuration(node.get(field).asText(), where + ": alerts: " + field);
  }

  /** "30s", "5m", "4h", "1d", "250ms"; {@code what} names the value in the message when it is none of those. */
  public static Duration parseDuration(String text, String what) {
    String v = text.strip().toLowerCase(Locale.ROOT);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)(ms|s|m|h|d)").matcher(v);
    if (!m.matches()) throw new IllegalArgumentException(what + " '" + v + "' is not a duration such as 30s, 5m, 4h");
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "ms" -> Duration.ofMillis(n);
      case "s" -> Duration.ofSeconds(n);
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      default -> Duration.ofDays(n);
    };
  }
}
