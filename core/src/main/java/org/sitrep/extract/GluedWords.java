package org.sitrep.extract;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.internal.Lexicon;

/**
 * Repairs words glued together when markup was stripped from a page: "newspaperVedomosti" →
 * "newspaper Vedomosti", "logged inPlease" → "logged in Please", "said.The" → "said. The".
 *
 * <p>Rule: split a word between a lower-case and an upper-case letter when the word starts with at
 * least two lower-case letters and what follows the capital is lower-case (a capitalised word).
 * That leaves names that start with a capital (McDonald, YouTube, DeSantis), one-letter prefixes
 * (iPhone, eBay) and acronym tails (macOS) alone; the rest of the deliberate forms are listed in
 * {@code glued-word-exceptions.txt}. Thread-safe.
 */
final class GluedWords {
  private static final Set<String> EXCEPTIONS = new HashSet<>(
      Lexicon.lines(GluedWords.class, "glued-word-exceptions.txt"));
  private static final Pattern CANDIDATE = Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{Ll}{2,})(\\p{Lu}\\p{Ll}+)");
  private static final Pattern SENTENCE_GLUE = Pattern.compile("(?<=\\p{Ll}{2})([.!?])(?=\\p{Lu}\\p{Ll})");

  private GluedWords() {}

  static String repair(String s) {
    String out = s;
    Matcher m = CANDIDATE.matcher(out);
    if (m.find()) {
      StringBuilder sb = new StringBuilder(out.length() + 8);
      int last = 0;
      do {
        String word = wordAround(out, m.start());
        if (!EXCEPTIONS.contains(word) && !isUrlLike(out, m.start())) {
          sb.append(out, last, m.start(2)).append(' ');
          last = m.start(2);
        }
      } while (m.find());
      sb.append(out, last, out.length());
      out = sb.toString();
    }
    return sentences(out);
  }

  /**
   * Only the sentence glue: "a chief physician.Police arrested" → "a chief physician. Police arrested". For
   * the paragraphs of HTML pages, whose words are as the page wrote them but whose sentences the page's
   * own markup or typing sometimes runs together; the sentence splitter would read one sentence.
   */
  static String sentences(String s) {
    String out = s;
    Matcher g = SENTENCE_GLUE.matcher(out);
    if (g.find()) {
      StringBuilder sb = new StringBuilder(out.length() + 8);
      int last = 0;
      do {
        if (!isUrlLike(out, g.start())) {
          sb.append(out, last, g.end()).append(' ');
          last = g.end();
        }
      } while (g.find());
      sb.append(out, last, out.length());
      out = sb.toString();
    }
    return out;
  }

  private static String wordAround(String s, int start) {
    int end = start;
    while (end < s.length() && Character.isLetterOrDigit(s.charAt(end))) {
      end++;
    }
    return s.substring(start, end);
  }

  /** Inside a web or e-mail address, case and dots are the address's own. */
  private static boolean isUrlLike(String s, int at) {
    int start = at;
    while (start > 0 && !Character.isWhitespace(s.charAt(start - 1))) {
      start--;
    }
    int end = at;
    while (end < s.length() && !Character.isWhitespace(s.charAt(end))) {
      end++;
    }
    String token = s.substring(start, end);
    return token.contains("://") || token.contains("@") || token.startsWith("www.") || token.contains(".com");
  }
}
