package org.sitrep.actors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorMention;
import org.sitrep.model.AnalyzedArticle;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * A party the article names in full ("the Conservative Party", "the Social Democratic Party") is then called by
 * the words before "Party" or their plural ("the Conservatives said", "Labour accused", "the Social Democrats"):
 * those words, capitalised and not already part of another mention, are the party. Runs after
 * {@link ArticlePlacement}, so that the short name takes the party's placed country. A single word the gazetteer
 * knows ("the Nigerian Party" would make "Nigerian" a party) gives no short name.
 */
final class PartyShortNames {
  private PartyShortNames() {}

  static void add(AnalyzedArticle article, Gazetteer gazetteer, List<ActorMention> all,
      List<List<List<ActorMention>>> byToken) {
    Map<List<String>, Actor> forms = new LinkedHashMap<>();
    java.util.Set<List<String>> bare = new java.util.HashSet<>();
    for (ActorMention m : all) {
      Actor a = m.actor();
      if (a.country() == null) continue;
      // the words as written: a party may be read by its role word ("Green Party" ENV) and have no name
      List<String> words = new ArrayList<>(List.of(m.mention().strip().split("\\s+")));
      if (words.size() < 2 || !words.get(words.size() - 1).equals("Party")) continue;
      words.remove(words.size() - 1);
      // "Britain's Conservative Party", "the ruling Socialist Party": the capitalised words right before "Party"
      int from = words.size();
      while (from > 0 && isNameWord(words.get(from - 1))) from--;
      words = new ArrayList<>(words.subList(from, words.size()));
      if (!words.isEmpty() && words.get(0).equals("The")) words.remove(0);
      if (words.isEmpty()) continue;
      forms.putIfAbsent(List.copyOf(words), a); // "Labour"
      bare.add(List.copyOf(words));
      forms.putIfAbsent(plural(words), a); // "the Conservatives", "the Social Democrats"
    }
    if (forms.isEmpty()) return;
    List<ActorMention> added = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      List<Token> toks = s.tokens();
      for (int i = 0; i < toks.size(); i++) {
        for (Map.Entry<List<String>, Actor> f : forms.entrySet()) {
          int n = f.getKey().size();
          if (!matches(toks, i, f.getKey())) continue;
          List<ActorMention> inside = covering(byToken, s.index(), i, n);
          if (inside == null || inside.stream().anyMatch(o -> o.actor().equals(f.getValue()))) continue;
          if (n == 1 && gazetteer.match(toks, i) != null) continue;
          // the bare words name the party as a head ("Labour said"), not as a modifier ("Democratic senators",
          // "the Democratic presidential field")
          if (bare.contains(f.getKey()) && i + n < toks.size() && isModified(toks.get(i + n))) continue;
          Token first = toks.get(i);
          Token last = toks.get(i + n - 1);
          String text = article.article().text().substring(first.begin(), last.end());
          ActorMention m = new ActorMention(text, first.begin(), last.end(), s.index(), f.getValue(), "party short name");
          added.add(m);
          all.removeAll(inside);
          for (int k = i; k < i + n; k++) {
            byToken.get(s.index()).get(k).removeAll(inside);
            byToken.get(s.index()).get(k).add(m);
          }
          i += n - 1;
          break;
        }
      }
    }
    if (added.isEmpty()) return;
    all.addAll(added);
    all.sort(java.util.Comparator.comparingInt(ActorMention::start));
  }

  /** "Conservative" -> "Conservatives", "Social Democratic" -> "Social Democrats", "Labour" -> "Labours". */
  private static List<String> plural(List<String> words) {
    List<String> out = new ArrayList<>(words);
    String last = out.get(out.size() - 1);
    out.set(out.size() - 1, (last.endsWith("ic") ? last.substring(0, last.length() - 2) : last) + "s");
    return List.copyOf(out);
  }

  private static boolean isNameWord(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !w.endsWith("'s") && !w.endsWith("\u2019s");
  }

  private static boolean isModified(Token next) {
    return next.pos().startsWith("NN") || next.pos().startsWith("JJ") || next.pos().equals("CD");
  }

  private static boolean matches(List<Token> toks, int i, List<String> form) {
    if (i + form.size() > toks.size()) return false;
    for (int k = 0; k < form.size(); k++) {
      if (!toks.get(i + k).word().equals(form.get(k))) return false;
    }
    return true;
  }

  /**
   * The mentions on the form's tokens that it replaces: none when they are free; the shorter mentions inside a
   * longer form ("Democrats" read alone in "the Social Democrats"); null when another mention holds them.
   */
  private static @org.jspecify.annotations.Nullable List<ActorMention> covering(List<List<List<ActorMention>>> byToken,
      int sentence, int from, int n) {
    List<ActorMention> out = new ArrayList<>();
    for (int k = from; k < from + n; k++) {
      for (ActorMention m : byToken.get(sentence).get(k)) if (!out.contains(m)) out.add(m);
    }
    if (out.isEmpty()) return out;
    if (n < 2) return null;
    List<List<ActorMention>> slots = byToken.get(sentence);
    for (ActorMention m : out) {
      // inside the form: on none of the tokens before or after it
      if (from > 0 && slots.get(from - 1).contains(m) || from + n < slots.size() && slots.get(from + n).contains(m)) {
        return null;
      }
    }
    return out;
  }
}
