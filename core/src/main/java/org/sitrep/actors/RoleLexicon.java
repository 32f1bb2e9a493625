package org.sitrep.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sitrep.internal.Lexicon;
import org.sitrep.model.Token;

/**
 * Role words and titles ({@code roles.tsv}): "spokesperson" → GOV, "troops" → MIL, "police" → COP.
 * Matched on lower-cased lemmas, longest first.
 */
public final class RoleLexicon {

  /** How a role word is used. */
  public enum Use { TITLE, GROUP, BOTH }

  /** One role word or phrase. */
  public record Role(List<String> words, String code, Use use) {}

  private final Map<String, List<Role>> byFirst = new HashMap<>();
  private final java.util.Set<String> titleHeads = new java.util.HashSet<>();

  private static final class Holder {
    static final RoleLexicon DEFAULT = load();
  }

  public static RoleLexicon standard() {
    return Holder.DEFAULT;
  }

  private static RoleLexicon load() {
    RoleLexicon r = new RoleLexicon();
    r.read("roles.tsv");
    // the field's agents dictionary after the hand-written words: a word already listed keeps its role
    r.read("petrarch-agents.tsv");
    return r;
  }

  private void read(String file) {
    for (String line : Lexicon.lines(RoleLexicon.class, file)) {
      String[] f = line.split("\t");
      List<String> words = List.of(f[0].toLowerCase(Locale.ROOT).split(" "));
      Use use = Use.valueOf(f[2].toUpperCase(Locale.ROOT));
      List<Role> same = byFirst.computeIfAbsent(words.get(0), k -> new ArrayList<>());
      if (same.stream().anyMatch(x -> x.words().equals(words))) continue;
      same.add(new Role(words, f[1], use));
      if (use != Use.GROUP) titleHeads.add(words.get(words.size() - 1));
    }
  }

  /** Whether {@code word} (lower case) ends a title one person holds: "minister", "spokesperson". */
  public boolean isTitleHead(String word) {
    return titleHeads.contains(word);
  }

  /** The longest role starting at token {@code i}, or null. */
  public @Nullable Role match(List<Token> tokens, int i) {
    List<Role> cands = byFirst.get(key(tokens.get(i)));
    if (cands == null) {
      return null;
    }
    Role best = null;
    for (Role r : cands) {
      int n = r.words().size();
      if (i + n > tokens.size() || (best != null && n <= best.words().size())) {
        continue;
      }
      boolean ok = true;
      for (int k = 1; k < n && ok; k++) {
        ok = key(tokens.get(i + k)).equals(r.words().get(k));
      }
      if (ok) {
        best = r;
      }
    }
    return best;
  }

  private static String key(Token t) {
    if (!t.isNoun() && !t.pos().equals("JJ") && !t.pos().equals("IN") && !t.pos().equals("VBN")) {
      return "";
    }
    return t.lemma().toLowerCase(Locale.ROOT);
  }
}
