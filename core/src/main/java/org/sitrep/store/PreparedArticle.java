package org.sitrep.store;

import com.github.luben.zstd.Zstd;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;
import org.sitrep.cluster.Fingerprint;
import org.sitrep.cluster.TermProfile;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.RawDocument;
import org.sitrep.source.Urls;

/**
 * A document and its article with everything a store computes from them before it touches the
 * database: hashes, the canonical URL, the compressed raw bytes, the near-duplicate fingerprint and
 * the story term profile. Computing it is pure and thread-safe, so an ingest does it on its worker
 * threads and leaves the single writer only the database work ({@link ArticleStore#put(PreparedArticle)}).
 *
 * @param contentHash SHA-256 of the raw bytes: the same bytes are one document
 * @param url the canonical URL (the article's own when it declares one), or null
 * @param raw the raw bytes, Zstandard-compressed
 * @param bodyHash SHA-256 of the body with case and white space normalised: the same body is an exact copy
 * @param fingerprint MinHash signature of the body, or null when the body is too short to compare
 */
public record PreparedArticle(RawDocument document, Article article, @Nullable CodedArticle coded,
    String contentHash, @Nullable String url, byte[] raw, String bodyHash, @Nullable Fingerprint fingerprint,
    TermProfile profile) {

  /** Bodies shorter than this many words are not fingerprinted: too little text to call two alike. */
  static final int FINGERPRINT_MIN_WORDS = 30;

  public static PreparedArticle of(RawDocument document, Article article, @Nullable CodedArticle coded) {
    String body = article.text();
    return new PreparedArticle(document, article, coded,
        sha256(document.content()),
        Urls.canonical(article.url() != null ? article.url() : document.url()),
        Zstd.compress(document.content(), 1), // the fastest level: raw pages are kept, not read on a hot path
        sha256(normaliseForHash(body).getBytes(StandardCharsets.UTF_8)),
        longEnough(body) ? Fingerprint.of(body) : null,
        TermProfile.of(article.title() == null ? "" : article.title(), body));
  }

  private static boolean longEnough(String body) {
    int words = 0;
    boolean in = false;
    for (int i = 0; i < body.length() && words < FINGERPRINT_MIN_WORDS; i++) {
      boolean letter = Character.isLetterOrDigit(body.charAt(i));
      if (letter && !in) {
        words++;
      }
      in = letter;
    }
    return words >= FINGERPRINT_MIN_WORDS;
  }

  private static String normaliseForHash(String body) {
    StringBuilder sb = new StringBuilder(body.length());
    boolean space = true;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (Character.isWhitespace(c)) {
        if (!space) {
          sb.append(' ');
          space = true;
        }
      } else {
        sb.append(Character.toLowerCase(c));
        space = false;
      }
    }
    int n = sb.length();
    return n > 0 && sb.charAt(n - 1) == ' ' ? sb.substring(0, n - 1) : sb.toString();
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
