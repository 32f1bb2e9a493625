package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Set;

/**
 * A wire dateline opening a paragraph — "ANKARA, March 3 (Reuters) -", "HAYWARD, Calif. (AP) —",
 * "NEW DELHI:" — is cut off as a sentence of its own. Left in, it becomes the subject of the first
 * sentence's parse ("Reuters summoned Sweden's envoy") and hides the real one.
 */
final class Datelines {
  private Datelines() {}

  /** Dashes and the colon that close a dateline. */
  private static final Set<String> CLOSERS = Set.of("-", "--", "—", "–", ":");
  /** A dateline is short: a place, a region or date, an agency. */
  private static final int MAX_TOKENS = 12;

  /**
   * The number of tokens the dateline at the start of {@code toks} spans, closer included, or 0 when the
   * sentence opens with none. The sentence must begin a paragraph ({@code begin} is the text's start or
   * follows a line break) with a place in capitals ("ANKARA", "NEW YORK") or a place and an agency
   * in brackets ("Ankara (Reuters) -"), and words must follow the closer.
   */
  static int length(List<CoreLabel> toks, String text, int begin) {
    if (begin > 0 && text.charAt(begin - 1) != '\n') return 0;
    int capitals = 0;
    while (capitals < toks.size() && isCapitalWord(toks.get(capitals).word())) capitals++;
    boolean agency = false;
    for (int i = 0; i < Math.min(toks.size(), MAX_TOKENS); i++) {
      String w = toks.get(i).word();
      if (w.equals("(") || w.equals("-LRB-")) agency = true;
      if (!CLOSERS.contains(w) && !isDatelineWord(w)) return 0; // "NASA said the five companies —" is a sentence
      if (CLOSERS.contains(w)) {
        // capitals without an agency must end at a comma or the closer: "KYIV, Ukraine —", "LONDON —", not
        // "UN Secretary-General António Guterres — …"
        boolean capitalsAlone = capitals > 0 && (capitals == i || toks.get(capitals).word().equals(","));
        boolean opens = capitalsAlone || agency && i > 0;
        boolean colonAfterCapitals = !w.equals(":") || capitals == i;
        return opens && colonAfterCapitals && i >= 1 && i + 3 < toks.size() ? i + 1 : 0;
      }
    }
    return 0;
  }

  /** What a dateline is made of: capitalised words ("Calif.", "March"), numbers, commas and brackets. */
  private static boolean isDatelineWord(String w) {
    char c = w.charAt(0);
    return Character.isUpperCase(c) || Character.isDigit(c) || w.equals(",") || w.equals("(") || w.equals(")")
        || w.equals("-LRB-") || w.equals("-RRB-");
  }

  /** A word in capitals of two letters or more ("KYIV", "U.N." is not one). */
  private static boolean isCapitalWord(String w) {
    if (w.length() < 2) return false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!Character.isUpperCase(c) && c != '-' && c != '\'') return false;
    }
    return true;
  }

  /** The tokens {@code from..to} of {@code s} as a sentence of their own, for the tagger and the recogniser. */
  static CoreMap part(List<CoreLabel> toks, int from, int to, String text) {
    CoreMap m = new ArrayCoreMap();
    List<CoreLabel> sub = List.copyOf(toks.subList(from, to));
    int b = sub.get(0).beginPosition();
    int e = sub.get(sub.size() - 1).endPosition();
    m.set(CoreAnnotations.TokensAnnotation.class, sub);
    m.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, b);
    m.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, e);
    m.set(CoreAnnotations.TextAnnotation.class, text.substring(b, e));
    return m;
  }
}
