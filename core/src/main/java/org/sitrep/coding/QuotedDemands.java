package org.sitrep.coding;

import static org.sitrep.coding.DependencyTree.lemma;

import org.sitrep.actors.ActorIdentity;
import org.sitrep.model.ActorMention;
import org.sitrep.model.Event;
import org.sitrep.model.Event.Modality;
import org.sitrep.model.Quote;
import org.sitrep.model.Token;

/**
 * "“The authorities must end this crackdown,” said Philip Luther of Amnesty International": what a quoted
 * speaker says another actor must do is the speaker's demand of that actor (CAMEO 100).
 */
final class QuotedDemands implements Construction {

  @Override
  public void code(SentenceCoding sc) {
    demands(sc);
  }

  /**
   * "“The authorities must end this crackdown,” said Philip Luther of Amnesty International": what a
   * quoted speaker says another actor must do is the speaker's demand of that actor (CAMEO 100).
   */
  private void demands(SentenceCoding sc) {
    for (Token v : sc.toks) {
      boolean must = false;
      for (int c : sc.children.get(v.index())) {
        if (sc.tree.rel(sc.toks.get(c)).equals("aux") && lemma(sc.toks.get(c)).equals("must")) must = true;
      }
      Quote q = must ? sc.quoteAround(v) : null;
      if (q == null || q.speaker() == null) continue;
      for (int c : sc.children.get(v.index())) {
        String r = sc.tree.rel(sc.toks.get(c));
        if (!r.equals("nsubj") && !r.equals("nsubj:pass")) continue;
        for (ActorMention x : sc.parts.actorsOf(c)) {
          if (ActorIdentity.same(q.speaker(), x)) continue;
          Event e = sc.event(v, q.speaker(), x, "100", "must (quoted demand)");
          if (e != null) {
            // what must be done has not happened; that it was demanded has
            sc.put(e.withModality(Modality.HAPPENED));
          }
        }
      }
    }
  }
}
