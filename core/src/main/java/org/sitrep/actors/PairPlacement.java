package org.sitrep.actors;

import static org.sitrep.actors.ActorWords.*;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorMention;
import org.sitrep.model.AnalyzedArticle;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/** "The two sides", "both countries": which two states a pair phrase stands for ({@link ArticlePlacement}'s last pass). */
final class PairPlacement {
  private PairPlacement() {}

  /**
   * "The two sides", "both countries": the two states just named together ("X and Y", earlier in the
   * sentence or in the two before it), else the two states the article is about, when two countries
   * clearly lead it (each named by at least two distinct actors, the second half as often again as any
   * third). Each phrase becomes two mentions on the same words, as "Russia and China" would.
   */
  static void pairs(AnalyzedArticle article, Map<String, Integer> counts, List<ActorMention> all,
      List<List<List<ActorMention>>> byToken) {
    List<Map.Entry<String, Integer>> ranked = counts.entrySet().stream().filter(e -> !GroupCodes.isGroup(e.getKey()))
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey())).toList();
    List<String> leading = ranked.size() < 2 || ranked.get(1).getValue() < 2
        || ranked.size() > 2 && ranked.get(1).getValue() * 2 < ranked.get(2).getValue() * 3
        ? null : List.of(ranked.get(0).getKey(), ranked.get(1).getKey());
    String text = article.article().text();
    List<ActorMention> named = List.copyOf(all);
    for (Sentence s : article.sentences()) {
      List<Token> toks = s.tokens();
      for (int i = 0; i < toks.size(); i++) {
        for (List<String> phrase : PAIR_PHRASES) {
          if (i + phrase.size() > toks.size()) continue;
          boolean match = true;
          for (int k = 0; k < phrase.size() && match; k++) {
            match = toks.get(i + k).word().equalsIgnoreCase(phrase.get(k));
          }
          if (!match || !byToken.get(s.index()).get(i + phrase.size() - 1).isEmpty()) continue;
          int start = toks.get(i).begin();
          int end = toks.get(i + phrase.size() - 1).end();
          List<String> two = namedTogether(named, text, s.index(), start);
          String rule = "the two sides";
          if (two == null) {
            two = leading;
            rule = "the two leading countries";
          }
          if (two == null) continue;
          for (int c = 0; c < 2; c++) {
            ActorMention m = new ActorMention(text.substring(start, end), start, end, s.index(),
                new Actor(null, two.get(c), "GOV"), rule);
            all.add(m);
            for (int k = i; k < i + phrase.size(); k++) {
              byToken.get(s.index()).get(k).add(m);
            }
          }
        }
      }
    }
    all.sort(java.util.Comparator.comparingInt(ActorMention::start));
  }

  /**
   * The countries of the last two actors of different states named as "X and Y" before {@code before}
   * in sentence {@code sentence} or the two sentences ahead of it, or null.
   */
  private static @Nullable List<String> namedTogether(List<ActorMention> named, String text, int sentence, int before) {
    List<String> found = null;
    for (int i = 0; i + 1 < named.size(); i++) {
      ActorMention a = named.get(i);
      if (a.sentence() < sentence - 2 || a.start() >= before) continue;
      for (int j = i + 1; j < named.size(); j++) {
        ActorMention b = named.get(j);
        if (b.start() < a.end()) continue;
        if (b.start() >= before || b.sentence() != a.sentence()) break;
        if (!text.substring(a.end(), b.start()).strip().equalsIgnoreCase("and")) break;
        String ca = a.actor().country();
        String cb = b.actor().country();
        if (ca != null && cb != null && !ca.equals(cb) && !GroupCodes.isGroup(ca) && !GroupCodes.isGroup(cb)) {
          found = List.of(ca, cb);
        }
        break;
      }
    }
    return found;
  }
}
