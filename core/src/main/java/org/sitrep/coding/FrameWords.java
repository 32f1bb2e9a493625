package org.sitrep.coding;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.sitrep.internal.Lexicon;

/**
 * The words that frame an act rather than name one ({@code frame-words.tsv}): alleging, denying, planning,
 * appealing, intent, opinion, claim nouns and negations. Add a word there, not here.
 */
final class FrameWords {
  private FrameWords() {}

  private static final Map<String, Set<String>> BY_KIND = load();

  static final Set<String> ALLEGING = kind("alleging");
  static final Set<String> DENYING = kind("denying");
  static final Set<String> PLANNING = kind("planning");
  static final Set<String> APPEALS = kind("appealing");
  static final Set<String> INTENT = kind("intent");
  static final Set<String> HOSTILE_INTENT = kind("hostile-intent");
  static final Set<String> OPINION = kind("opinion");
  static final Set<String> ATTITUDE = kind("attitude");
  static final Set<String> OBLIGATION = kind("obligation");
  static final Set<String> THREAT = kind("threat");
  static final Set<String> NAMING = kind("naming");
  static final Set<String> BLAME = kind("blame");
  static final Set<String> UNDERGOING = kind("undergoing");
  static final Set<String> LEADING = kind("leading");
  static final Set<String> CLAIM_NOUNS = kind("claim-noun");
  static final Set<String> PUT_NOUNS = kind("put-noun");
  static final Set<String> ACT_NOUNS = kind("act-noun");
  static final Set<String> NEGATIONS = kind("negation");
  static final Set<String> REFUSAL = kind("refusal");

  /** Act code prefix → the code of an intention to do it ({@code intent-codes.tsv}). */
  private static final Map<String, String> INTENT_CODES = Lexicon.table(FrameWords.class, "intent-codes.tsv");

  /**
   * The CAMEO code of an intention to do an act coded {@code actCode} ("offered to mediate": 045 →
   * 039), or {@code fallback} when the act is not cooperative.
   */
  static String intentCode(String actCode, String fallback) {
    return intentCode(actCode, fallback, true, false);
  }

  /**
   * As {@link #intentCode(String, String)}, for a verb that may express cooperation ({@code cooperative}:
   * 03 codes) or voice a threat ({@code hostile}: 13 codes).
   */
  static String intentCode(String actCode, String fallback, boolean cooperative, boolean hostile) {
    for (int n = actCode.length(); n >= 2; n--) {
      String c = INTENT_CODES.get(actCode.substring(0, n));
      if (c != null) return c.startsWith("03") && cooperative || c.startsWith("13") && hostile ? c : fallback;
    }
    return fallback;
  }

  /** Act code prefix → the code of a refusal to do it ({@code refusal-codes.tsv}). */
  private static final Map<String, String> REFUSAL_CODES = Lexicon.table(FrameWords.class, "refusal-codes.tsv");

  /** The CAMEO code of a refusal to do an act coded {@code actCode} ("refused to release him": 084 → 1243), else 120. */
  static String refusalCode(String actCode) {
    for (int n = actCode.length(); n >= 2; n--) {
      String c = REFUSAL_CODES.get(actCode.substring(0, n));
      if (c != null) return c;
    }
    return "120";
  }

  private static Map<String, Set<String>> load() {
    Map<String, Set<String>> out = new HashMap<>();
    for (String line : Lexicon.lines(FrameWords.class, "frame-words.tsv")) {
      String[] f = line.split("\t");
      if (f.length != 2) throw new IllegalStateException("frame-words.tsv: expected word<TAB>kind in: " + line);
      out.computeIfAbsent(f[1].strip(), k -> new HashSet<>()).add(f[0].strip());
    }
    return out;
  }

  private static Set<String> kind(String kind) {
    Set<String> words = BY_KIND.get(kind);
    if (words == null) throw new IllegalStateException("frame-words.tsv has no words of kind " + kind);
    return Set.copyOf(words);
  }

  /**
   * Whether the verb frames another act rather than naming one: saying, claiming, denying, planning,
   * appealing, intending ("plans to visit", "urged X to release"). An imported pattern of such a verb would
   * code the frame instead of the act it frames.
   */
  static boolean isFrame(String lemma) {
    return VerbLexicon.SPEECH.contains(lemma) || PLANNING.contains(lemma) || ALLEGING.contains(lemma)
        || DENYING.contains(lemma) || APPEALS.contains(lemma) || INTENT.contains(lemma) || REFUSAL.contains(lemma);
  }
}
