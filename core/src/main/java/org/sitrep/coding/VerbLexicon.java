package org.sitrep.coding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.internal.Lexicon;

/**
 * The verb patterns of {@code verbs.tsv} and the noun triggers of {@code nouns.tsv}, by lemma, and the
 * word lists the coder reads with them.
 */
final class VerbLexicon {

  /** Verbs that attribute words to a speaker ({@code speech-verbs.txt}), as lemmas. */
  static final Set<String> SPEECH = Set.copyOf(Lexicon.lines(VerbLexicon.class, "speech-verbs.txt"));

  private static final List<String> CRITICAL_LINES = Lexicon.lines(VerbLexicon.class, "critical-words.txt");
  /** Words that make what is said about an actor criticism ({@code critical-words.txt}). */
  static final Set<String> CRITICAL = Set.copyOf(CRITICAL_LINES.stream().filter(l -> !l.startsWith("not ")).toList());
  /** Praise that is criticism when negated: the "not …" lines of {@code critical-words.txt}. */
  static final Set<String> CRITICAL_IF_NEGATED = Set.copyOf(CRITICAL_LINES.stream().filter(l -> l.startsWith("not "))
      .map(l -> l.substring(4).strip()).toList());
  /**
   * Negative words of the AFINN-165 lexicon ({@code afinn-negative.tsv}, generated with the words rated -2 to -5; the
   * threshold is the script's): an adjective or noun among them in what a speaker says of an actor is criticism too
   * ("a disastrous policy", "a failure").
   */
  private static final Set<String> NEGATIVE = Lexicon.table(VerbLexicon.class, "afinn-negative.tsv").keySet();

  /** Whether the token, as written or as its lemma, is one of AFINN's negative words. */
  static boolean negative(org.sitrep.model.Token t) {
    return NEGATIVE.contains(t.word().toLowerCase(Locale.ROOT)) || NEGATIVE.contains(t.lemma().toLowerCase(Locale.ROOT));
  }
  /** Words of sport and elections ({@code contest-words.txt}), for patterns flagged "contest". */
  static final Set<String> CONTEST = Set.copyOf(Lexicon.lines(VerbLexicon.class, "contest-words.txt"));
  /** A person's own people ({@code circle-words.txt}): "told friends and family". */
  static final Set<String> CIRCLE = Set.copyOf(Lexicon.lines(VerbLexicon.class, "circle-words.txt"));

  /** Common verbs of many senses, never coded as a synonym on their own ({@code common-verbs.txt}). */
  private static final Set<String> COMMON = Set.copyOf(Lexicon.lines(VerbLexicon.class, "common-verbs.txt"));

  private static final Set<String> FLAGS = Set.of("srcfrom", "sym", "rev", "notarget", "content", "contest", "clause", "court");

  /**
   * One pattern.
   *
   * @param lemma the verb's lemma
   * @param parts further words that must each be among the verb's dependents (object, particle,
   *     preposition, complement), each a set of alternatives
   * @param slots where the target is found, in order of preference
   * @param code the CAMEO code
   * @param flags srcfrom, sym, rev, notarget, content, contest, clause, court (explained in {@code verbs.tsv})
   * @param imported whether the pattern comes from the PETRARCH-2 dictionary rather than {@code verbs.tsv}
   */
  record Pattern(String lemma, List<Set<String>> parts, List<String> slots, String code, Set<String> flags,
      boolean imported) {
    boolean has(String flag) {
      return flags.contains(flag);
    }

    /** An act of police or courts (17x coercion, 116 finding guilty), whose authority a passive may leave unnamed. */
    boolean enforcement() {
      return code.startsWith("17") || code.equals("116");
    }

    /** Whether each of the pattern's further words has an alternative among {@code words}. */
    boolean wordsIn(Set<String> words) {
      for (Set<String> part : parts) {
        boolean any = false;
        for (String w : part) {
          if (words.contains(w)) {
            any = true;
            break;
          }
        }
        if (!any) return false;
      }
      return true;
    }

    /** The pattern as an event's "rule" names it: "recall+[ambassador, diplomat] (PETRARCH-2)". */
    String describe() {
      return lemma + (parts.isEmpty() ? "" : "+" + parts) + (imported ? " (PETRARCH-2)" : "");
    }
  }

  private final Map<String, List<Pattern>> byLemma = new HashMap<>();
  private final Map<String, String> nouns = new HashMap<>();
  private final Set<String> handWritten = new java.util.HashSet<>();
  /** Verbs {@code verbs.tsv} codes on their own, whatever their object: no imported row is read for them. */
  private final Set<String> handWrittenBare = new java.util.HashSet<>();

  /** The target slots the shorthand "any" and "prep" stand for (the converted PETRARCH-2 patterns use them). */
  private static final List<String> ANY = List.of("obj", "to", "with", "against", "on", "at", "from", "over", "into", "for");
  private static final List<String> PREP = List.of("to", "with", "against", "on", "at", "from", "over", "into", "for", "obj");
  /** The code of a pattern whose words make the verb no event ("charged the battery"). */
  static final String NO_EVENT = "---";

  private static final class Holder {
    static final VerbLexicon DEFAULT = load();
  }

  /** The bundled lexicon, loaded once per process (it is read-only once loaded). */
  static VerbLexicon standard() {
    return Holder.DEFAULT;
  }

  private static VerbLexicon load() {
    VerbLexicon v = new VerbLexicon();
    v.read("verbs.tsv", false);
    // the field's dictionary extends the vocabulary: its patterns are read for verbs verbs.tsv does not
    // list (measured on events-dev: where both list a verb, the imported rows cost more than they bring)
    v.read("petrarch-verbs.tsv", true);
    v.readSynonyms();
    // hand-written rows first, then longer triggers first, so "supply+missiles" is tried before "supply"
    v.byLemma.values().forEach(l -> l.sort(java.util.Comparator.comparing(Pattern::imported)
        .thenComparing((a, b) -> Integer.compare(b.parts().size(), a.parts().size()))));
    for (String line : Lexicon.lines(VerbLexicon.class, "nouns.tsv")) {
      String[] f = line.split("\t");
      v.nouns.put(f[0].toLowerCase(Locale.ROOT), f[1].strip());
    }
    return v;
  }

  /** Slot lists by their text in the file, shared: the converted file repeats a few of them 46,000 times. */
  private final Map<String, List<String>> slotLists = new HashMap<>();
  /** Word alternatives by their text, shared likewise ("&WEAPON" became one alternative list of 100 words). */
  private final Map<String, Set<String>> partSets = new HashMap<>();

  private static List<String> slots(String spec) {
    List<String> slots = new ArrayList<>();
    for (String slot : spec.split("\\|")) {
      switch (slot) {
        case "any" -> ANY.stream().filter(x -> !slots.contains(x)).forEach(slots::add);
        case "prep" -> PREP.stream().filter(x -> !slots.contains(x)).forEach(slots::add);
        default -> slots.add(slot);
      }
    }
    return List.copyOf(slots);
  }

  private void read(String file, boolean imported) {
    for (String line : Lexicon.lines(VerbLexicon.class, file)) {
      String[] f = line.split("\t");
      if (f.length < 3) {
        throw new IllegalStateException(file + ": expected trigger, target, code in: " + line);
      }
      String[] trig = f[0].toLowerCase(Locale.ROOT).split("\\+");
      // an imported row is not read for a verb verbs.tsv codes on its own (there it would only add noise), and
      // for a verb verbs.tsv lists with its object it comes after the hand-written rows (sorted in load());
      // never for a frame verb, and only when it names further words
      // ("recall+ambassador", "disperse+protest"): a bare default ("take" 171, "go" 040, "see" 010) is wrong
      // more often than right in news text (events-dev: check precision 0.53 -> 0.36 with the defaults)
      if (imported && (trig.length == 1 || handWrittenBare.contains(trig[0]) || FrameWords.isFrame(trig[0]))) continue;
      List<Set<String>> parts = new ArrayList<>();
      for (int i = 1; i < trig.length; i++) {
        // in the file's order: the pattern is printed in each event's "rule", which must not vary by run
        parts.add(partSets.computeIfAbsent(trig[i],
            t -> Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(t.split("\\|"))))));
      }
      List<String> slots = slotLists.computeIfAbsent(f[1], VerbLexicon::slots);
      Set<String> flags = f.length > 3 && !f[3].isBlank() ? Set.of(f[3].strip().split(",")) : Set.of();
      if (!FLAGS.containsAll(flags)) {
        throw new IllegalStateException(file + ": unknown flag in: " + line + " (known: " + FLAGS + ")");
      }
      if (imported && f[2].compareTo("14") >= 0 && !f[2].equals(NO_EVENT)) {
        // protest, force and violence: "defeated Nadal 6-3", "fired a shot at the goaltender" are sport
        flags = new java.util.HashSet<>(flags);
        flags.add("contest");
        flags = Set.copyOf(flags);
      }
      if (!imported) handWritten.add(trig[0]);
      if (!imported && trig.length == 1) handWrittenBare.add(trig[0]);
      List<Pattern> rows = byLemma.computeIfAbsent(trig[0], k -> new ArrayList<>());
      Pattern p = new Pattern(trig[0], List.copyOf(parts), slots, f[2].strip(), flags, imported);
      rows.add(p);
    }
  }

  /**
   * A verb {@code verbs.tsv} does not list takes, on its own, the slots and flags of a verb of its PETRARCH-2
   * synonym set that {@code verbs.tsv} codes alone with the very same code: "apprehend" (173) is coded as
   * "arrest" (173) is, "slaughter" (202) as "massacre". Statements (root 01) are left out, what is said being
   * coded by its content, and so are the common verbs of many senses ({@code common-verbs.txt}). Measured on
   * events-dev: train P 0.81 -> 0.82, R 0.54 -> 0.56, check unchanged.
   */
  private void readSynonyms() {
    Map<String, List<String[]>> blocks = new java.util.LinkedHashMap<>();
    for (String line : Lexicon.lines(VerbLexicon.class, "petrarch-synonyms.tsv")) {
      String[] f = line.split("\t");
      blocks.computeIfAbsent(f[1], k -> new ArrayList<>()).add(f);
    }
    for (List<String[]> block : blocks.values()) {
      for (String[] syn : block) {
        String lemma = syn[0];
        String code = syn[2];
        if (handWritten.contains(lemma) || lemma.contains("+") || byLemma.containsKey(lemma) && !byLemma.get(lemma).isEmpty()
            && byLemma.get(lemma).stream().anyMatch(p -> p.parts().isEmpty())) continue;
        if (code.startsWith("01") || FrameWords.isFrame(lemma) || COMMON.contains(lemma)) continue;
        Pattern model = null;
        for (String[] other : block) {
          for (Pattern p : byLemma.getOrDefault(other[0], List.of())) {
            if (!p.imported() && p.parts().isEmpty() && p.code().equals(code) && handWritten.contains(other[0])) {
              model = p;
              break;
            }
          }
          if (model != null) break;
        }
        if (model == null) continue;
        byLemma.computeIfAbsent(lemma, k -> new ArrayList<>())
            .add(new Pattern(lemma, List.of(), model.slots(), code, model.flags(), true));
      }
    }
  }

  List<Pattern> patterns(String lemma) {
    return byLemma.getOrDefault(lemma, List.of());
  }

  /**
   * Whether the lemma names an act of police or courts that a passive codes with the one undergoing it alone
   * ("the Ohio man was sentenced to five years": the courts are supplied, see VerbPatterns#impliedAuthority).
   */
  boolean impliesAuthority(String lemma) {
    for (Pattern p : byLemma.getOrDefault(lemma, List.of())) {
      if (p.enforcement() && !p.imported()) return true;
    }
    return false;
  }

  /** Whether some pattern of this lemma codes an act that needs no target ("denied the claims"). */
  boolean codesWithoutTarget(String lemma) {
    for (Pattern p : byLemma.getOrDefault(lemma, List.of())) {
      // statements stand alone; "X faces charges" names only the one charged (the courts are supplied)
      if (p.has("notarget") || p.has("rev") && p.code().startsWith("17") && !p.imported()) return true;
    }
    return false;
  }

  /**
   * Whether some pattern of the lemma could match a sentence holding {@code words} (its lemmas and words):
   * a pattern of the verb alone, or one whose further words are all there. A noun trigger always may.
   */
  boolean mayMatch(String lemma, Set<String> words) {
    if (nouns.containsKey(lemma)) return true;
    for (Pattern p : byLemma.getOrDefault(lemma, List.of())) {
      if (!p.code().equals(NO_EVENT) && p.wordsIn(words)) return true;
    }
    return false;
  }

  boolean isTrigger(String lemma) {
    return byLemma.containsKey(lemma) || nouns.containsKey(lemma);
  }

  /** The code of a noun that names a joint act ("phone call", "talks"), or null. */
  String noun(String lemma) {
    return nouns.get(lemma);
  }

  /** Every code the lexicons use, for checks against the codebook. */
  List<String> codes() {
    List<String> out = new ArrayList<>();
    byLemma.values().forEach(l -> l.stream().filter(p -> !p.code().equals(NO_EVENT)).forEach(p -> out.add(p.code())));
    out.addAll(nouns.values());
    return out;
  }
}
