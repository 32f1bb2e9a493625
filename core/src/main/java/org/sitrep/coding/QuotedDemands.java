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
 * speaker says another actor must do is the speaker's demand of that actor (CAMEO 100); so is what a speaker is
 * reported to say another must do ("said Russia must withdraw"), and what it should do an appeal (020).
 */
final class QuotedDemands implements Construction {
  /** The modals of what a speaker says another must (a demand, 100) or should (an appeal, 020) do. */
  static final java.util.Map<String, String> MODALS = java.util.Map.of("must", "100", "should", "020", "ought", "020");

  @Override
  public void code(SentenceCoding sc) {
    demands(sc);
    reported(sc);
  }

  /**
   * "The Polish foreign minister said Russia must withdraw its troops": what a speaker says another actor must do
   * is a demand of it (100); what it should do, an appeal to it (020). The act itself is coded, as asked for, by the
   * verb patterns.
   */
  private void reported(SentenceCoding sc) {
    for (Token v : sc.toks) {
      if (!v.isVerb() || !VerbLexicon.SPEECH.contains(lemma(v)) || sc.tree.negated(v)) continue;
      java.util.List<ActorMention> speakers = sc.parts.subjectsOf(v);
      if (speakers.isEmpty()) continue;
      for (int c : sc.children.get(v.index())) {
        if (!sc.tree.rel(sc.toks.get(c)).equals("ccomp")) continue;
        String code = null;
        for (int a : sc.children.get(c)) {
          String modal = sc.tree.rel(sc.toks.get(a)).equals("aux") ? lemma(sc.toks.get(a)) : "";
          String modalCode = MODALS.get(modal);
          if (modalCode != null && (code == null || modalCode.equals("100"))) code = modalCode;
        }
        if (code == null || sc.tree.negated(sc.toks.get(c))) continue;
        for (int a : sc.children.get(c)) {
          if (!sc.tree.rel(sc.toks.get(a)).equals("nsubj")) continue;
          for (ActorMention x : sc.parts.actorsOf(a)) {
            for (ActorMention speaker : speakers) {
              if (ActorIdentity.same(speaker, x)) continue;
              Event e = sc.event(v, speaker, x, code, code.equals("100") ? "must (reported demand)" : "should (reported appeal)");
              if (e != null) sc.put(e.withModality(Modality.HAPPENED));
            }
          }
        }
      }
    }
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
