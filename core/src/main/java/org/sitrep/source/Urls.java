package org.sitrep.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The one spelling of a URL that identifies a document: scheme and host lower-cased, default port,
 * fragment and tracking parameters ({@code utm_*}, {@code fbclid}, {@code gclid}…) dropped, "www."
 * kept (it can be a different site), an empty path made "/".
 */
public final class Urls {
  private Urls() {}

  public static @Nullable String canonical(@Nullable String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      URI u = new URI(url.strip().replace(" ", "%20"));
      if (u.getScheme() == null || u.getHost() == null) {
        return url.strip();
      }
      String scheme = u.getScheme().toLowerCase(Locale.ROOT);
      int port = u.getPort();
      if ((scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)) {
        port = -1;
      }
      String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
      String query = keptQuery(u.getRawQuery());
      return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + (port >= 0 ? ":" + port : "") + path
          + (query == null ? "" : "?" + query);
    } catch (URISyntaxException e) {
      return url.strip();
    }
  }

  private static @Nullable String keptQuery(@Nullable String raw) {
    if (raw == null || raw.isEmpty()) {
      return null;
    }
    List<String> kept = new ArrayList<>();
    for (String part : raw.split("&")) {
      String key = part.split("=", 2)[0].toLowerCase(Locale.ROOT);
      if (key.startsWith("utm_") || key.equals("fbclid") || key.equals("gclid") || key.equals("mc_cid")
          || key.equals("mc_eid") || key.equals("ocid") || key.equals("cmpid") || key.isEmpty()) {
        continue;
      }
      kept.add(part);
    }
    return kept.isEmpty() ? null : String.join("&", kept);
  }
}
