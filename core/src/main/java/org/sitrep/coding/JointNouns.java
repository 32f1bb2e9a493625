package org.sitrep.coding;

import static org.sitrep.coding.DependencyTree.lemma;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.actors.ActorIdentity;
import org.sitrep.model.ActorMention;
import org.sitrep.model.Event;
import org.sitrep.model.Token;

/**
 * Nouns that name a joint act ({@code nouns.tsv}): "In a phone call, A and B agreed" codes A→B 041; "announced
 * the deal during a meeting with Liu He" codes the subject's meeting with the one named.
 */
final class JointNouns implements Construction {
  private final VerbLexicon lexicon;

  JointNouns(VerbLexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public void code(SentenceCoding sc) {
    for (Token v : sc.toks) {
      String nounCode = lexicon.noun(lemma(v));
      if (nounCode != null && v.isNoun() && v.head() >= 0 && sc.tree.rel(v).startsWith("obl")) {
        codeJointNoun(sc, v, nounCode);
      }
    }
  }

  /**
   * "In a phone call, A and B agreed": the joint act of coordinated subjects; "announced the deal
   * during a meeting with Liu He": the subject's meeting with the one named.
   */
  private void codeJointNoun(SentenceCoding sc, Token noun, String code) {
    Token v = sc.toks.get(noun.head());
    List<ActorMention> subj = new ArrayList<>();
    for (int c : sc.children.get(v.index())) {
      if (sc.tree.rel(sc.toks.get(c)).equals("nsubj")) subj.addAll(sc.parts.actorsOf(c));
    }
    subj = sc.parts.distinct(subj);
    List<ActorMention> with = sc.parts.distinct(sc.parts.nominal(noun.index(), "with"));
    if (!subj.isEmpty() && !with.isEmpty() && !sc.tree.negated(v)) {
      for (ActorMention t : with) {
        if (ActorIdentity.same(subj.get(0), t)) continue;
        Event e = sc.event(v, subj.get(0), t, code, "noun " + lemma(noun) + " with");
        if (e != null) sc.put(e);
      }
      return;
    }
    if (subj.size() >= 2 && !ActorIdentity.same(subj.get(0), subj.get(1))) {
      Event e = sc.event(noun, subj.get(0), subj.get(1), code, "noun " + lemma(noun));
      if (e != null) sc.put(e);
    }
  }
}
