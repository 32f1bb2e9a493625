package org.sitrep.nlp;

import java.util.List;
import java.util.Locale;

/**
 * Repairs to the parser's trees where it errs in a known, checkable way, made once on the heads and relations so
 * that every stage reading the tree sees the same sentence. Each repair names the shape it fixes; add one here
 * only with a test of parses in at least two wordings ({@code ParseRepairsTest}). Repairs here read word shapes and
 * tags only; one that needs a verb class of the coding lexicon lives in {@code coding.DependencyTree}.
 */
final class ParseRepairs {
  private ParseRepairs() {}

  /** Repairs {@code heads} and {@code relations} in place; {@code words} and {@code tags} are the sentence's. */
  static void repair(List<String> words, List<String> tags, int[] heads, String[] relations) {
    for (int g = 1; g < words.size(); g++) {
      gerundTakenForSubject(words, tags, heads, relations, g);
    }
    for (int cc = 1; cc < words.size(); cc++) {
      conjunctionLeftLoose(tags, heads, relations, cc);
    }
    for (int on = 1; on < words.size(); on++) {
      callOnTakenForSubject(words, tags, heads, relations, on);
    }
    for (int p = 2; p < words.size(); p++) {
      participleTakenForClause(tags, heads, relations, p);
    }
  }

  /**
   * "released a British aid worker [detained] last year", "freed the soldiers captured in May": the parser reads the
   * noun as the subject of the participle and the participle as a loose dependent of the verb, which is left with no
   * object. The noun is the verb's object and the participle a reduced relative clause on it.
   */
  private static void participleTakenForClause(List<String> tags, int[] heads, String[] relations, int p) {
    int verb = heads[p];
    int noun = p - 1;
    if (!tags.get(p).equals("VBN") || !"dep".equals(relations[p]) || verb < 0 || verb >= noun
        || !tags.get(verb).startsWith("VB") || heads[noun] != p || !"nsubj".equals(relations[noun])
        || !tags.get(noun).startsWith("NN")) {
      return;
    }
    for (int i = 0; i < heads.length; i++) {
      if (heads[i] == verb && "obj".equals(relations[i])) return;
    }
    heads[noun] = verb;
    relations[noun] = "obj";
    heads[p] = noun;
    relations[p] = "acl";
  }

  /**
   * "called [on] the government [to] withdraw", "appealed [to] the government to free": "on", "upon" or "to" is read
   * as the marker of the infinitive and the one called on as its subject, the infinitive an adverbial clause. The one
   * called on is the verb's oblique (the preposition its case) and the infinitive the verb's complement, as "called
   * on Ethiopia to withdraw" parses. ("for X to go" is left: there X is the infinitive's subject.)
   */
  private static void callOnTakenForSubject(List<String> words, List<String> tags, int[] heads, String[] relations, int on) {
    String w = words.get(on).toLowerCase(Locale.ROOT);
    int clause = heads[on];
    if (!(w.equals("on") || w.equals("upon") || w.equals("to")) || !tags.get(on).equals("IN") || !"mark".equals(relations[on])
        || clause <= on + 1 || !"advcl".equals(relations[clause]) || heads[clause] != on - 1) {
      return;
    }
    if (!words.get(clause - 1).equalsIgnoreCase("to") || heads[clause - 1] != clause) return;
    int called = -1;
    for (int i = on + 1; i < clause - 1; i++) {
      if (heads[i] == clause && "nsubj".equals(relations[i])) called = i;
    }
    if (called < 0) return;
    heads[on] = called;
    relations[on] = "case";
    heads[called] = on - 1;
    relations[called] = "obl";
    relations[clause] = "xcomp";
  }

  /**
   * "accused the UK [and] the US of meddling": the conjunction is left hanging on the verb ("dep") with the second
   * noun hanging on it ("dep"). The second noun is a conjunct of the verb's noun before the conjunction (its object,
   * say), and the conjunction that noun's "cc", as the same words parse when nothing goes wrong.
   */
  private static void conjunctionLeftLoose(List<String> tags, int[] heads, String[] relations, int cc) {
    int verb = heads[cc];
    if (!tags.get(cc).equals("CC") || !"dep".equals(relations[cc]) || verb < 0) return;
    int second = -1;
    for (int i = cc + 1; i < tags.size() && second < 0; i++) {
      if (heads[i] == cc && "dep".equals(relations[i]) && tags.get(i).startsWith("NN")) second = i;
    }
    int first = -1;
    for (int i = cc - 1; i >= 0 && first < 0; i--) {
      if (heads[i] == verb && tags.get(i).startsWith("NN") && !"nsubj".equals(relations[i])) first = i;
    }
    if (second < 0 || first < 0) return;
    heads[second] = first;
    relations[second] = "conj";
    heads[cc] = second;
    relations[cc] = "cc";
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
