package org.sitrep.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/** Stable output names: a file's name less its known extensions; a URL's host and path plus a hash. */
public final class Names {
  private static final List<String> KNOWN = List.of(".gz", ".html", ".htm", ".xhtml", ".txt", ".warc");

  private Names() {}

  /** {@code ab12.html.gz} → {@code ab12}; {@code a.b.html} → {@code a.b}; {@code x.warc.gz} → {@code x}. */
  public static String stripKnownExtensions(String fileName) {
    String name = fileName;
    boolean changed = true;
    while (changed) {
      changed = false;
      for (String ext : KNOWN) {
        if (name.length() > ext.length() && name.toLowerCase(Locale.ROOT).endsWith(ext)) {
          name = name.substring(0, name.length() - ext.length());
          changed = true;
        }
      }
    }
    return name;
  }

  /** {@code https://example.com/news/story.html?id=3} → {@code example.com_news_story_3f2a9c1d}. */
  public static String fromUrl(String url) {
    String s = url.replaceFirst("^[a-zA-Z]+://", "").replaceFirst("^www\\.", "");
    int q = s.indexOf('?');
    String path = stripKnownExtensions(q >= 0 ? s.substring(0, q) : s);
    String slug = path.replaceAll("[^A-Za-z0-9.\\-]+", "_").replaceAll("_+$", "").replaceAll("^_+", "");
    if (slug.length() > 80) {
      slug = slug.substring(0, 80);
    }
    return (slug.isEmpty() ? "page" : slug) + "_" + hash(url);
  }

  static String hash(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
