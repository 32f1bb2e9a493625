package org.sitrep.nlp;

import java.util.List;
import java.util.Locale;

/**
 * Repairs to the parser's trees where it errs in a known, checkable way, made once on the heads and relations so
 * that every stage reading the tree sees the same sentence. Each repair names the shape it fixes; add one here
 * only with a test of parses in at least two wordings ({@code ParseRepairsTest}).
 */
final class ParseRepairs {
  private ParseRepairs() {}

  /** Repairs {@code heads} and {@code relations} in place; {@code words} and {@code tags} are the sentence's. */
  static void repair(List<String> words, List<String> tags, int[] heads, String[] relations) {
    for (int g = 1; g < words.size(); g++) {
      gerundTakenForSubject(words, tags, heads, relations, g);
    }
  }

  /**
   * "pleaded guilty on Monday [to threatening] to kill a judge", "admitted [to helping] to hide the money": after a
   * preposition, the gerund is read as the subject of the infinitive that follows it, and the preposition as that
   * infinitive's marker. The gerund is the clause the preposition opens, and the infinitive its complement.
   */
  private static void gerundTakenForSubject(List<String> words, List<String> tags, int[] heads, String[] relations, int g) {
    int v = heads[g];
    int prep = g - 1;
    if (!tags.get(g).equals("VBG") || !"nsubj".equals(relations[g]) || v <= g + 1 || heads[prep] != v
        || !"mark".equals(relations[prep]) || !tags.get(prep).equals("IN") && !tags.get(prep).equals("TO")) {
      return;
    }
    // the infinitive keeps its own "to" right before it, as a complement does
    if (!words.get(v - 1).toLowerCase(Locale.ROOT).equals("to") || heads[v - 1] != v || v - 1 == prep) return;
    heads[g] = heads[v];
    relations[g] = relations[v];
    heads[prep] = g;
    heads[v] = g;
    relations[v] = "xcomp";
  }
}
