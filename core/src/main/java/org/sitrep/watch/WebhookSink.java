package org.sitrep.watch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.sitrep.store.AlertLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs each notification's JSON to a URL with its idempotency key ({@code Idempotency-Key}) and, given a
 * secret, an HMAC-SHA256 signature of the body ({@code X-Sitrep-Signature: sha256=<hex>}). Network errors,
 * 5xx and 429 are retried with exponential back-off (doubling from the first pause, at most 30 s apart, a
 * 429's Retry-After honoured up to that bound), a bounded number of times; other 4xx are not retried.
 */
public final class WebhookSink implements AlertSink {
  private static final Logger LOG = LoggerFactory.getLogger(WebhookSink.class);
  private static final Duration MAX_PAUSE = Duration.ofSeconds(30);

  private final URI url;
  private final byte @Nullable [] secret;
  private final int retries;
  private final Duration backoff;
  private final HttpClient http;
  private final Sleeper sleeper;

  /** Pauses between attempts (a test passes one that records instead of sleeping). */
  public interface Sleeper {
    void sleep(Duration d) throws InterruptedException;
  }

  public WebhookSink(URI url, @Nullable String secret, int retries, Duration backoff) {
    this(url, secret, retries, backoff, d -> Thread.sleep(d.toMillis()));
  }

  public WebhookSink(URI url, @Nullable String secret, int retries, Duration backoff, Sleeper sleeper) {
    this.url = url;
    this.secret = secret == null ? null : secret.getBytes(StandardCharsets.UTF_8);
    this.retries = retries;
    this.backoff = backoff;
    this.sleeper = sleeper;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** The signature header's value for a body: {@code sha256=} and the hex HMAC-SHA256 under the secret. */
  public static String signature(byte[] secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void deliver(AlertLog.Notification n) throws DeliveryFailure {
    byte[] body = n.payload().getBytes(StandardCharsets.UTF_8);
    HttpRequest.Builder b = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .header("Idempotency-Key", n.idempotency())
        .header("User-Agent", "Sitrep-alerts/1")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (secret != null) b.header("X-Sitrep-Signature", signature(secret, body));
    HttpRequest request = b.build();
    Duration pause = backoff;
    String last = null;
    for (int attempt = 0; attempt <= retries; attempt++) {
      if (attempt > 0) {
        try {
          sleeper.sleep(pause);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new DeliveryFailure("interrupted after: " + last, false);
        }
        pause = min(pause.multipliedBy(2), MAX_PAUSE);
      }
      try {
        HttpResponse<Void> r = http.send(request, HttpResponse.BodyHandlers.discarding());
        int code = r.statusCode();
        if (code >= 200 && code < 300) return;
        last = "HTTP " + code + " from " + url;
        if (code != 429 && code < 500) throw new DeliveryFailure(last, true);
        if (code == 429) {
          Duration asked = retryAfter(r);
          if (asked != null) pause = min(asked, MAX_PAUSE);
        }
      } catch (IOException e) {
        last = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + " at " + url;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new DeliveryFailure("interrupted", false);
      }
      LOG.debug("webhook attempt {} of notification {} failed: {}", attempt + 1, n.id(), last);
    }
    throw new DeliveryFailure(last + " (after " + (retries + 1) + " attempts)", false);
  }

  private static @Nullable Duration retryAfter(HttpResponse<?> r) {
    return r.headers().firstValue("Retry-After").filter(v -> v.strip().matches("\\d{1,6}"))
        .map(v -> Duration.ofSeconds(Long.parseLong(v.strip()))).orElse(null);
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
