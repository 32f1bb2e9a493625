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
  /** Words of sport and elections ({@code contest-words.txt}), for patterns flagged "contest". */
  static final Set<String> CONTEST = Set.copyOf(Lexicon.lines(VerbLexicon.class, "contest-words.txt"));
  /** A person's own people ({@code circle-words.txt}): "told friends and family". */
  static final Set<String> CIRCLE = Set.copyOf(Lexicon.lines(VerbLexicon.class, "circle-words.txt"));

  private static final Set<String> FLAGS = Set.of("srcfrom", "sym", "rev", "notarget", "content", "contest");

  /**
   * One pattern.
   *
   * @param lemma the verb's lemma
   * @param parts further words that must each be among the verb's dependents (object, particle,
   *     preposition, complement), each a set of alternatives
   * @param slots where the target is found, in order of preference
   * @param code the CAMEO code
   * @param flags srcfrom, sym, rev, notarget, content, contest (explained in {@code verbs.tsv})
   */
  record Pattern(String lemma, List<Set<String>> parts, List<String> slots, String code, Set<String> flags) {
    boolean has(String flag) {
      return flags.contains(flag);
    }
  }

  private final Map<String, List<Pattern>> byLemma = new HashMap<>();
  private final Map<String, String> nouns = new HashMap<>();

  static VerbLexicon standard() {
    VerbLexicon v = new VerbLexicon();
    for (String line : Lexicon.lines(VerbLexicon.class, "verbs.tsv")) {
      String[] f = line.split("\t");
      if (f.length < 3) {
        throw new IllegalStateException("verbs.tsv: expected trigger, target, code in: " + line);
      }
      String[] trig = f[0].toLowerCase(Locale.ROOT).split("\\+");
      List<Set<String>> parts = new ArrayList<>();
      for (int i = 1; i < trig.length; i++) {
        // in the file's order: the pattern is printed in each event's "rule", which must not vary by run
        parts.add(Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(trig[i].split("\\|")))));
      }
      List<String> slots = List.of(f[1].split("\\|"));
      Set<String> flags = f.length > 3 && !f[3].isBlank() ? Set.of(f[3].strip().split(",")) : Set.of();
      if (!FLAGS.containsAll(flags)) {
        throw new IllegalStateException("verbs.tsv: unknown flag in: " + line + " (known: " + FLAGS + ")");
      }
      v.byLemma.computeIfAbsent(trig[0], k -> new ArrayList<>())
          .add(new Pattern(trig[0], List.copyOf(parts), slots, f[2].strip(), flags));
    }
    // longer triggers first, so "supply+missiles" is tried before "supply"
    v.byLemma.values().forEach(l -> l.sort((a, b) -> Integer.compare(b.parts().size(), a.parts().size())));
    for (String line : Lexicon.lines(VerbLexicon.class, "nouns.tsv")) {
      String[] f = line.split("\t");
      v.nouns.put(f[0].toLowerCase(Locale.ROOT), f[1].strip());
    }
    return v;
  }

  List<Pattern> patterns(String lemma) {
    return byLemma.getOrDefault(lemma, List.of());
  }

  /** Whether some pattern of this lemma codes an act that needs no target ("denied the claims"). */
  boolean codesWithoutTarget(String lemma) {
    for (Pattern p : byLemma.getOrDefault(lemma, List.of())) {
      if (p.has("notarget")) return true;
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
    byLemma.values().forEach(l -> l.forEach(p -> out.add(p.code())));
    out.addAll(nouns.values());
    return out;
  }
}
