package org.sitrep.actors;

import static org.sitrep.actors.ActorWords.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.ActorMention;
import org.sitrep.model.AnalyzedArticle;
import org.sitrep.model.Quote;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/** First person inside a quotation ("we", "my") is the quotation's speaker. */
final class QuotedSpeakers {
  private QuotedSpeakers() {}

  /**
   * The same mentions plus the speakers' first persons inside their quotations ("“I told them the
   * opposite,” Volker said": "I" is Volker; "we" of a spokesman is the state he speaks for).
   */
  static ResolvedActors withQuotedSpeakers(ResolvedActors actors, AnalyzedArticle article, List<Quote> quotes) {
    List<ActorMention> all = new ArrayList<>(actors.mentions());
    List<List<List<ActorMention>>> byToken = new ArrayList<>();
    boolean added = false;
    // "“Our troops will stay,” he added": a role the speaker calls ours is the speaker's, whatever the
    // article's context placed it in
    java.util.Map<ActorMention, ActorMention> ours = new java.util.IdentityHashMap<>();
    for (Sentence s : article.sentences()) {
      for (Token t : s.tokens()) {
        String w = t.word().toLowerCase(Locale.ROOT);
        if (!(w.equals("our") || w.equals("my")) || !t.pos().equals("PRP$")) continue;
        Quote q = quoteAt(quotes, t);
        if (q == null || q.speaker() == null || q.speaker().actor().country() == null) continue;
        for (ActorMention m : actors.mentions()) {
          if (m.sentence() == s.index() && m.start() > t.begin() && m.start() <= t.end() + 1 && m.actor().name() == null
              && m.rule().startsWith("role only") && !q.speaker().actor().country().equals(m.actor().country())) {
            ours.put(m, new ActorMention(m.mention(), m.start(), m.end(), m.sentence(),
                new org.sitrep.model.Actor(null, q.speaker().actor().country(), m.actor().role()), "role only+quoted possessor"));
          }
        }
      }
    }
    if (!ours.isEmpty()) {
      all.replaceAll(m -> ours.getOrDefault(m, m));
      added = true;
    }
    for (Sentence s : article.sentences()) {
      List<List<ActorMention>> slots = new ArrayList<>();
      for (Token t : s.tokens()) {
        List<ActorMention> slot = new ArrayList<>(actors.at(s.index(), t.index()));
        slot.replaceAll(m -> ours.getOrDefault(m, m));
        if (slot.isEmpty() && FIRST_PERSON.contains(t.word().toLowerCase(Locale.ROOT)) && t.pos().startsWith("PRP")) {
          for (Quote q : quotes) {
            if (q.speaker() != null && q.start() <= t.begin() && t.end() <= q.end()) {
              ActorMention m = new ActorMention(t.word(), t.begin(), t.end(), s.index(), q.speaker().actor(),
                  QUOTED_FIRST_PERSON);
              slot.add(m);
              all.add(m);
              added = true;
              break;
            }
          }
        }
        slots.add(slot);
      }
      byToken.add(slots);
    }
    if (!added) return actors;
    all.sort(java.util.Comparator.comparingInt(ActorMention::start));
    return new ResolvedActors(all, byToken);
  }

  private static @org.jspecify.annotations.Nullable Quote quoteAt(List<Quote> quotes, Token t) {
    for (Quote q : quotes) {
      if (q.start() <= t.begin() && t.end() <= q.end()) return q;
    }
    return null;
  }
}
