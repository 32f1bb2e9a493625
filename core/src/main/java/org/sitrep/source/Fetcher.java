package org.sitrep.source;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Fetches URLs with manners: robots.txt obeyed (crawler-commons), a delay between requests to one
 * host, a bounded number of redirects each checked like the first request, time-outs, a size cap,
 * and no private, loopback or link-local addresses unless allowed. Thread-safe.
 */
public final class Fetcher {
  /**
   * What a fetch gave: a body, or the reason there is none.
   *
   * @param status the last HTTP status, 0 when no response came (refused, timed out, unreachable)
   * @param location the redirect target of a 3xx response, else null
   */
  public record Result(String url, String finalUrl, int status, @Nullable String contentType, byte[] body,
      @Nullable String failure, boolean refused, Validators validators, @Nullable String location) {
    public boolean ok() {
      return failure == null;
    }

    /** The server said the resource has not changed since the validators sent (HTTP 304). */
    public boolean notModified() {
      return status == 304;
    }
  }

  /** What a server said identifies a response's version, sent back to ask "has it changed?". */
  public record Validators(@Nullable String etag, @Nullable String lastModified) {
    public static final Validators NONE = new Validators(null, null);
  }

  private final SourceSettings settings;
  /** Made on the first fetch: building one sets up TLS, some 500 classes a run of local files never needs. */
  private volatile @Nullable HttpClient http;
  private final Map<String, BaseRobotRules> robots = new ConcurrentHashMap<>();
  private final Map<String, Long> nextAllowed = new ConcurrentHashMap<>();

  public Fetcher(SourceSettings settings) {
    this.settings = settings;
  }

  private HttpClient http() {
    HttpClient h = http;
    if (h == null) {
      synchronized (this) {
        h = http;
        if (h == null) {
          http = h = HttpClient.newBuilder()
              .connectTimeout(settings.connectTimeout())
              .followRedirects(HttpClient.Redirect.NEVER)
              .build();
        }
      }
    }
    return h;
  }

  public Result fetch(String url) {
    return fetch(url, Validators.NONE);
  }

  /** Fetches, asking the server to answer 304 when the resource has not changed since {@code since}. */
  public Result fetch(String url, Validators since) {
    String current = url;
    for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
      URI uri;
      try {
        uri = URI.create(current);
        if (uri.getHost() == null || !(uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))) {
          return failed(url, current, "not an http(s) URL");
        }
      } catch (IllegalArgumentException e) {
        return failed(url, current, "not a valid URL: " + e.getMessage());
      }
      String refusal;
      try {
        refusal = refuseAddress(uri);
      } catch (UnknownHostException e) {
        return failed(url, current, "unknown host " + uri.getHost()); // cannot be reached, as a 404: a failure
      }
      if (refusal != null) {
        return refused(url, current, refusal);
      }
      if (settings.obeyRobots() && !rulesFor(uri).isAllowed(current)) {
        return refused(url, current, "disallowed by " + origin(uri) + "/robots.txt");
      }
      Result r = get(url, uri, hop == 0 ? since : Validators.NONE);
      if (!r.ok() || r.status() < 300 || r.status() >= 400 || r.notModified()) {
        return r;
      }
      String location = r.location();
      if (location == null) {
        return failed(url, current, "HTTP " + r.status() + " redirect without a Location");
      }
      current = uri.resolve(location).toString();
    }
    return failed(url, current, "more than " + settings.maxRedirects() + " redirects");
  }

  private Result get(String original, URI uri, Validators since) {
    waitForHost(origin(uri));
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri);
    if (since.etag() != null) {
      builder.header("If-None-Match", since.etag());
    }
    if (since.lastModified() != null) {
      builder.header("If-Modified-Since", since.lastModified());
    }
    HttpRequest request = builder
        .timeout(settings.readTimeout())
        .header("User-Agent", settings.userAgent())
        .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
        .GET()
        .build();
    long deadline = System.nanoTime() + settings.readTimeout().toNanos();
    try {
      HttpResponse<InputStream> response = http().send(request, HttpResponse.BodyHandlers.ofInputStream());
      int status = response.statusCode();
      try (InputStream in = response.body()) {
        Validators validators = new Validators(response.headers().firstValue("ETag").orElse(null),
            response.headers().firstValue("Last-Modified").orElse(null));
        if (status == 304) {
          return new Result(original, uri.toString(), status, null, new byte[0], null, false, since, null);
        }
        if (status >= 300 && status < 400) {
          return new Result(original, uri.toString(), status, null, new byte[0], null, false, validators,
              response.headers().firstValue("Location").orElse(null));
        }
        if (status < 200 || status >= 300) {
          return new Result(original, uri.toString(), status, null, new byte[0], "HTTP status " + status, false,
              Validators.NONE, null);
        }
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > settings.maxBytes()) {
          return failed(original, uri.toString(), "response of " + declared + " bytes is over the "
              + settings.maxBytes() + "-byte limit");
        }
        byte[] body = readCapped(in, deadline);
        if (body == null) {
          return failed(original, uri.toString(), "response is over the " + settings.maxBytes() + "-byte limit");
        }
        return new Result(original, uri.toString(), status, response.headers().firstValue("Content-Type").orElse(null),
            body, null, false, validators, null);
      }
    } catch (HttpTimeoutException e) {
      return failed(original, uri.toString(), "timed out after " + settings.readTimeout().toSeconds() + " s");
    } catch (SlowResponse e) {
      return failed(original, uri.toString(), "response still arriving after " + settings.readTimeout().toSeconds() + " s");
    } catch (IOException e) {
      return failed(original, uri.toString(), "fetch failed: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed(original, uri.toString(), "interrupted");
    }
  }

  private static final class SlowResponse extends IOException {
    SlowResponse() {
      super("slow response");
    }
  }

  /** The body, or null when it is larger than allowed; gives up when the whole response is late. */
  private byte @Nullable [] readCapped(InputStream in, long deadline) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    byte[] buffer = new byte[16384];
    for (int n; (n = in.read(buffer)) >= 0; ) {
      out.write(buffer, 0, n);
      if (out.size() > settings.maxBytes()) {
        return null;
      }
      if (System.nanoTime() - deadline > 0) {
        throw new SlowResponse();
      }
    }
    return out.toByteArray();
  }

  private BaseRobotRules rulesFor(URI uri) {
    return robots.computeIfAbsent(origin(uri), origin -> {
      SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
      String robotsUrl = origin + "/robots.txt";
      Result r = get(robotsUrl, URI.create(robotsUrl), Validators.NONE);
      if (r.ok() && r.status() == 200) {
        return parser.parseContent(robotsUrl, r.body(), r.contentType() == null ? "text/plain" : r.contentType(),
            List.of(agentName()));
      }
      // No robots.txt (or a client error, or no answer) allows everything; a server error, per
      // RFC 9309, disallows.
      return parser.failedFetch(r.status() == 0 ? 404 : r.status());
    });
  }

  private String agentName() {
    String ua = settings.userAgent();
    int slash = ua.indexOf('/');
    return (slash > 0 ? ua.substring(0, slash) : ua.split("\\s+")[0]).toLowerCase(Locale.ROOT);
  }

  private void waitForHost(String host) {
    long delay = settings.hostDelay().toNanos();
    BaseRobotRules rules = robots.get(host); // keyed by origin, as the robots cache
    if (rules != null && rules.getCrawlDelay() > 0) {
      delay = Math.max(delay, Math.min(rules.getCrawlDelay(), 30_000) * 1_000_000L);
    }
    if (delay <= 0) {
      return;
    }
    long now = System.nanoTime();
    long slot = nextAllowed.merge(host, now, (previous, n) -> Math.max(previous, n));
    nextAllowed.put(host, slot + delay);
    long wait = slot - now;
    if (wait > 0) {
      try {
        Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Why the host may not be fetched, or null when it may. Link-local, wildcard and multicast
   * addresses (among them cloud metadata services) are never fetched; loopback and private ones
   * only with {@code allowPrivate}. The check is on the resolved address, before any connection.
   */
  private @Nullable String refuseAddress(URI uri) throws UnknownHostException {
    for (InetAddress a : InetAddress.getAllByName(uri.getHost())) {
      if (a.isLinkLocalAddress() || a.isAnyLocalAddress() || a.isMulticastAddress()) {
        return uri.getHost() + " is a link-local, wildcard or multicast address (" + a.getHostAddress()
            + "); such addresses are never fetched";
      }
      boolean privateAddress = a.isLoopbackAddress() || a.isSiteLocalAddress()
          || (a instanceof Inet6Address && (a.getAddress()[0] & 0xFE) == 0xFC);
      if (privateAddress && !settings.allowPrivate()) {
        return uri.getHost() + " is a private or loopback address (" + a.getHostAddress()
            + "); pass --allow-private to fetch it";
      }
    }
    return null;
  }

  private static String origin(URI uri) {
    return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT)
        + (uri.getPort() >= 0 ? ":" + uri.getPort() : "");
  }

  private static Result failed(String url, String at, String reason) {
    return new Result(url, at, 0, null, new byte[0], reason, false, Validators.NONE, null);
  }

  private static Result refused(String url, String at, String reason) {
    return new Result(url, at, 0, null, new byte[0], reason, true, Validators.NONE, null);
  }
}
