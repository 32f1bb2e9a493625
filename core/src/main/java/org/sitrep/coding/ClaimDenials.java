package org.sitrep.coding;

import static org.sitrep.coding.DependencyTree.lemma;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.actors.ActorIdentity;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorMention;
import org.sitrep.model.Event;
import org.sitrep.model.Event.Modality;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * Denials of claims. "..., a claim that both countries reject": the deniers of an allegation coded in the
 * same sentence are added to its {@code deniedBy}, and each denial is coded (016) against the accuser.
 * "He has always denied the allegations": a denial that names no accuser is against whoever the article
 * last named acting against the denier in a sentence about the same claim ({@link #accuseDeniers}).
 */
final class ClaimDenials implements Construction {

  @Override
  public void code(SentenceCoding sc) {
    denials(sc, sc.alleged);
  }

  /**
   * "..., a claim that both countries reject": the deniers of an allegation in the same sentence. They
   * are added to the alleged events' {@code deniedBy}, and each denial is coded (016) against the
   * accuser.
   */
  private void denials(SentenceCoding sc, List<Event> alleged) {
    if (alleged.isEmpty()) return;
    for (Token d : sc.toks) {
      if (!FrameWords.DENYING.contains(lemma(d)) || !d.isVerb()) continue;
      boolean aboutClaim = d.head() >= 0 && FrameWords.CLAIM_NOUNS.contains(lemma(sc.toks.get(d.head())));
      for (int c : sc.children.get(d.index())) {
        if (FrameWords.CLAIM_NOUNS.contains(lemma(sc.toks.get(c)))) aboutClaim = true;
      }
      // ", a claim (that) X rejects": whatever the parse, the words between the noun and the verb
      int claimAt = -1;
      for (int k = d.index() - 1; k >= Math.max(0, d.index() - 7); k--) {
        if (FrameWords.CLAIM_NOUNS.contains(lemma(sc.toks.get(k)))) { claimAt = k; break; }
      }
      if (!aboutClaim && claimAt < 0) continue;
      for (Event e : alleged) {
        List<Actor> deniers = new ArrayList<>();
        for (int c : sc.children.get(d.index())) {
          if (!sc.tree.rel(sc.toks.get(c)).equals("nsubj")) continue;
          List<ActorMention> subj = sc.parts.distinct(sc.parts.actorsOf(c));
          if (!subj.isEmpty()) {
            subj.forEach(m -> deniers.add(m.actor()));
          } else if (sc.tree.isBoth(c)) {
            deniers.add(e.source().actor());
            if (e.target() != null) deniers.add(e.target().actor());
          }
        }
        if (deniers.isEmpty() && claimAt >= 0) {
          for (int k = claimAt + 1; k < d.index(); k++) {
            for (ActorMention m : sc.actors.at(sc.s.index(), k)) {
              if (m.actor().country() != null && !deniers.contains(m.actor())) deniers.add(m.actor());
            }
            String l = lemma(sc.toks.get(k));
            if ((l.equals("both") || l.equals("two")) && deniers.isEmpty()) {
              deniers.add(e.source().actor());
              if (e.target() != null) deniers.add(e.target().actor());
            }
          }
        }
        if (deniers.isEmpty()) continue;
        if (e.modality() == Modality.ALLEGED) {
          // what is denied is the claimed act; that the accusation was made, nobody denies
          Event updated = new Event(e.source(), e.target(), e.cameo(), e.root(), e.name(), e.plover(), e.goldstein(),
              e.quadClass(), e.modality(), e.assertedBy(), deniers, e.date(), e.dateBasis(), e.place(), e.sentence(),
              e.evidence(), e.rule());
          sc.out.replaceAll((k, x) -> x == e ? updated : x);
        }
        // the accuser: who asserts an allegation, or the source of a criticism or accusation
        ActorMention accuser = null;
        if (e.modality() == Modality.ALLEGED) {
          for (ActorMention m : sc.actors.inSentence(sc.s.index())) {
            if (e.assertedBy() != null && m.actor().equals(e.assertedBy())) { accuser = m; break; }
          }
        } else {
          accuser = e.source();
        }
        if (accuser == null) continue;
        for (Actor a : deniers) {
          ActorMention denier = java.util.Objects.equals(e.source().actor().country(), a.country()) ? e.source()
              : e.target() != null && java.util.Objects.equals(e.target().actor().country(), a.country()) ? e.target()
              : null;
          if (denier == null || java.util.Objects.equals(denier.actor().country(), accuser.actor().country())) continue;
          Event deny = sc.event(d, denier, accuser, "016", "deny+claim");
          if (deny != null) {
            String denierCountry = denier.actor().country();
            sc.out.values().removeIf(x -> x.sentence() == sc.s.index() && x.cameo().equals("016") && x.target() == null
                && java.util.Objects.equals(x.source().actor().country(), denierCountry));
            sc.put(new Event(deny.source(), deny.target(), deny.cameo(), deny.root(), deny.name(), deny.plover(),
                deny.goldstein(), deny.quadClass(), Modality.HAPPENED, sc.outlet, List.of(), deny.date() != null ? deny.date() : sc.day(),
                deny.date() != null ? deny.dateBasis() : sc.day() == null ? null : Event.DateBasis.PUBLICATION, null,
                sc.s.index(), sc.s.text(), "deny+claim"));
          }
        }
      }
    }
  }

  /**
   * "He has always denied the allegations": a denial of a claim that names no accuser is a denial
   * against whoever the article last named as acting against the denier in a sentence about the same
   * claim ("an investigation into a rape allegation made against Assange" by Swedish prosecutors). Only
   * a claim noun as what is denied refers back ("denied having sex with ..." keeps no target), and only
   * to a sentence holding that noun: an unrelated charge elsewhere is not the claim denied.
   */
  static void accuseDeniers(Map<String, Event> out, Sentence s, List<Sentence> sentences) {
    Set<String> claims = deniedClaims(s);
    if (claims.isEmpty()) return;
    for (Map.Entry<String, Event> entry : out.entrySet()) {
      Event d = entry.getValue();
      if (d.sentence() != s.index() || !d.cameo().equals("016") || d.target() != null) continue;
      String denier = ActorIdentity.key(d.source().actor());
      Event accusation = null;
      for (Event e : out.values()) {
        if (e.sentence() < s.index() && e.target() != null
            && ActorIdentity.key(e.target().actor()).equals(denier)
            && !ActorIdentity.key(e.source().actor()).equals(denier)
            && mentions(sentences.get(e.sentence()), claims)
            && (accusation == null || e.sentence() >= accusation.sentence())) {
          accusation = e;
        }
      }
      if (accusation == null) continue;
      entry.setValue(new Event(d.source(), accusation.source(), d.cameo(), d.root(), d.name(), d.plover(),
          d.goldstein(), d.quadClass(), d.modality(), d.assertedBy(), d.deniedBy(), d.date(), d.dateBasis(), d.place(),
          d.sentence(), d.evidence(), d.rule() + "+accuser"));
    }
  }

  /** The claim nouns that are the object of a denying verb in the sentence ("denied the allegations"). */
  private static Set<String> deniedClaims(Sentence s) {
    Set<String> out = new HashSet<>();
    for (Token t : s.tokens()) {
      String lemma = lemma(t);
      if (FrameWords.CLAIM_NOUNS.contains(lemma) && t.head() >= 0 && "obj".equals(t.relation())
          && FrameWords.DENYING.contains(lemma(s.tokens().get(t.head())))) {
        out.add(lemma);
      }
    }
    return out;
  }

  private static boolean mentions(Sentence s, Set<String> lemmas) {
    for (Token t : s.tokens()) {
      if (lemmas.contains(lemma(t))) return true;
    }
    return false;
  }
}
