package org.sitrep.coding;

import static org.sitrep.coding.DependencyTree.lemma;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.actors.ResolvedActors;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorMention;
import org.sitrep.model.Event.Modality;
import org.sitrep.model.Quote;
import org.sitrep.model.Token;

/**
 * The modality of an act and who asserts or denies it, from the verb's own markers ("will", "would",
 * "reportedly", "according to") and from the clauses above it: a speech verb makes the act a reported
 * account asserted by its speaker, "accuse" or "claim" an allegation, "deny" a denial, "urge" a request,
 * "plan" a plan; a speech verb hung below the act or closing the sentence, and a quotation, name the
 * asserter. (An act dated after publication is made planned by {@link SentenceCoding}.) The words are
 * {@code frame-words.tsv}; add a frame there, a new kind of frame here.
 */
final class ModalityResolver extends SentenceParts {
  private static final Set<String> SPEECH = VerbLexicon.SPEECH;
  private static final Set<String> ALLEGING = FrameWords.ALLEGING;
  private static final Set<String> DENYING = FrameWords.DENYING;
  private static final Set<String> PLANNING = FrameWords.PLANNING;
  private static final Set<String> APPEALS = FrameWords.APPEALS;

  /** What the resolver found: the modality, who asserts the act, who denies it. */
  record Result(Modality modality, Actor assertedBy, List<Actor> deniedBy) {}

  private final Participants parts;
  private final List<Quote> quotes;
  private final Actor outlet;

  ModalityResolver(DependencyTree tree, ResolvedActors actors, Participants parts, List<Quote> quotes, Actor outlet) {
    super(tree, actors);
    this.parts = parts;
    this.quotes = quotes;
    this.outlet = outlet;
  }

  /** The verb of a plea of not guilty that {@code h} is ("pleaded [not guilty]") or heads, or null. */
  private @Nullable Token notGuiltyPlea(Token h) {
    Token guilty = null;
    if (lemma(h).equals("guilty")) {
      guilty = h;
    } else {
      for (int c : children.get(h.index())) {
        if (rel(toks.get(c)).equals("xcomp") && lemma(toks.get(c)).equals("guilty")) guilty = toks.get(c);
      }
    }
    if (guilty == null || guilty.head() < 0) return null;
    for (int c : children.get(guilty.index())) {
      Token ch = toks.get(c);
      if ((rel(ch).equals("advmod") || rel(ch).equals("neg")) && FrameWords.NEGATIONS.contains(lemma(ch))) {
        return toks.get(guilty.head());
      }
    }
    return null;
  }

  /** The modality of {@code src}'s act at verb {@code v} coded {@code code}, its asserter and deniers. */
  Result resolve(Token v, ActorMention src, String code) {
    Modality modality = Modality.HAPPENED;
    Actor asserted = outlet;
    List<Actor> deniedBy = new ArrayList<>();
    // the verb's own markers
    boolean obligationAux = false; // "has to release", parsed as aux "has" + mark "to" on "release"
    boolean toMark = false;
    for (int c : children.get(v.index())) {
      Token ch0 = toks.get(c);
      if (rel(ch0).equals("aux") && FrameWords.OBLIGATION.contains(lemma(ch0))) obligationAux = true;
      if (rel(ch0).equals("mark") && lemma(ch0).equals("to")) toMark = true;
    }
    if (obligationAux && toMark) modality = Modality.HYPOTHETICAL;
    for (int c : children.get(v.index())) {
      Token ch = toks.get(c);
      String l = lemma(ch);
      String r = rel(ch);
      if (r.equals("aux") && (l.equals("will") || l.equals("shall") || ch.word().equals("'ll"))) modality = Modality.PLANNED;
      if (r.equals("aux") && Set.of("would", "could", "might", "may", "should", "must").contains(l)) modality = Modality.HYPOTHETICAL;
      if (r.equals("mark") && (l.equals("if") || l.equals("unless"))) modality = Modality.HYPOTHETICAL;
      if (r.equals("advmod") && (l.equals("reportedly") || l.equals("apparently"))) modality = Modality.REPORTED;
      if (r.equals("advmod") && (l.equals("allegedly") || l.equals("purportedly") || l.equals("supposedly"))) modality = Modality.ALLEGED;
      if (r.startsWith("obl") && hasCase(c, "according")) {
        modality = Modality.REPORTED;
        List<ActorMention> by = parts.actorsOf(c);
        if (!by.isEmpty()) asserted = by.get(0).actor();
      }
    }
    // the clauses above it
    Token cur = v;
    boolean complementsOnly = true; // planning verbs reach only their own complements, not "after ..." clauses
    int guard = 0;
    while (cur.head() >= 0 && guard++ < 20) {
      String r = rel(cur);
      Token h = toks.get(cur.head());
      String hl = lemma(h);
      boolean clausal = r.equals("ccomp") || r.equals("xcomp") || r.equals("advcl") || r.equals("parataxis")
          || r.equals("acl") || r.equals("dep") || tree.isPrepositionalGerund(cur) && (h.isVerb() || h.pos().startsWith("JJ"));
      if (clausal) {
        Token plea = notGuiltyPlea(h);
        if (plea != null) {
          // "pleaded not guilty to assaulting a guard": the one who pleads denies the act
          modality = Modality.DENIED;
          for (ActorMention d : parts.subjectsOf(plea)) deniedBy.add(d.actor());
        } else if (DENYING.contains(hl) && !h.equals(v)) {
          modality = Modality.DENIED;
          for (ActorMention d : parts.subjectsOf(h)) deniedBy.add(d.actor());
        } else if (ALLEGING.contains(hl) && !h.equals(v)) {
          // an act only threatened stays hypothetical when the threat is alleged ("charged with threatening to kill")
          if (modality != Modality.DENIED && modality != Modality.HYPOTHETICAL) modality = Modality.ALLEGED;
          List<ActorMention> by = parts.subjectsOf(h);
          if (!by.isEmpty()) asserted = by.get(0).actor();
        } else if (SPEECH.contains(hl)) {
          List<ActorMention> by = parts.subjectsOf(h);
          if (!by.isEmpty()) {
            asserted = by.get(0).actor();
            if (modality == Modality.HAPPENED && reportedBy(asserted, src.actor())) {
              modality = Modality.REPORTED;
            }
          } else if (modality == Modality.HAPPENED && hl.equals("report")) {
            modality = Modality.REPORTED;
          }
        } else if ((FrameWords.ATTITUDE.contains(hl) || FrameWords.OPINION.contains(hl)) && asserted == outlet
            && !h.equals(v)) {
          // "officials are concerned about what Russia may be giving": the possibility is theirs
          List<ActorMention> by = parts.subjectsOf(h);
          if (!by.isEmpty()) asserted = by.get(0).actor();
        } else if ((FrameWords.OBLIGATION.contains(hl) || FrameWords.THREAT.contains(hl)) && r.equals("xcomp") && !h.equals(v)
            && modality == Modality.HAPPENED) {
          // "has to release": an obligation, not an act; "threatened to impose": a threat's condition
          modality = Modality.HYPOTHETICAL;
        } else if ((APPEALS.contains(hl) && (r.equals("xcomp") || r.equals("ccomp") || r.equals("advcl") && hasMark(cur, "for"))
            || r.equals("advcl") && tree.isPressure(h))
            && !h.equals(v) && modality == Modality.HAPPENED) {
          modality = Modality.HYPOTHETICAL; // "urged Egypt to open the crossing": asked for, not done
        } else if (PLANNING.contains(hl) && r.equals("xcomp") && complementsOnly && !code.startsWith("03")
            && !code.startsWith("13") && modality == Modality.HAPPENED) {
          modality = Modality.PLANNED;
        }
      }
      if (!r.equals("conj") && !r.equals("xcomp")) complementsOnly = false;
      if (r.equals("conj") || clausal) {
        cur = h;
      } else if (cur.equals(v) && gerundHost(v) != null) {
        Token host = gerundHost(v);
        if (ALLEGING.contains(lemma(host))) {
          if (modality != Modality.DENIED) modality = Modality.ALLEGED;
          List<ActorMention> by = parts.subjectsOf(host);
          if (!by.isEmpty()) asserted = by.get(0).actor();
        }
        cur = host;
      } else {
        break;
      }
    }
    // "Iran released them, the French foreign ministry said": the speech verb hangs below the act
    for (Token cur2 = v; ; ) {
      for (int c : children.get(cur2.index())) {
        Token ch = toks.get(c);
        if (rel(ch).equals("parataxis") && SPEECH.contains(lemma(ch))) {
          List<ActorMention> by = parts.subjectsOf(ch);
          if (!by.isEmpty() && asserted == outlet) {
            asserted = by.get(0).actor();
            if (modality == Modality.HAPPENED && reportedBy(asserted, src.actor())) modality = Modality.REPORTED;
          }
        }
      }
      if (!rel(cur2).equals("conj") || cur2.head() < 0) break;
      cur2 = toks.get(cur2.head());
    }
    // "..., the United Nations said." however parsed: a speech verb closing the sentence after an actor
    if (asserted == outlet) {
      int last = toks.size() - 1;
      while (last > 0 && !Character.isLetterOrDigit(toks.get(last).word().charAt(0))) last--;
      if (last > 0 && SPEECH.contains(lemma(toks.get(last))) && toks.get(last).isVerb() && last > v.index()) {
        List<ActorMention> by = actors.at(s.index(), last - 1);
        if (!by.isEmpty()) {
          asserted = by.get(0).actor();
          if (modality == Modality.HAPPENED && reportedBy(asserted, src.actor())) modality = Modality.REPORTED;
        }
      }
    }
    // words inside a quotation are asserted by its speaker
    Quote q = quoteAround(v);
    if (q != null && q.speaker() != null && asserted == outlet) {
      asserted = q.speaker().actor();
    }
    return new Result(modality, asserted, deniedBy);
  }

  /**
   * Whether an act told by {@code asserter} is a reported account: the media always report; an actor
   * speaking of its own state's acts ("the defence ministry said its troops ...") does not.
   */
  boolean reportedBy(Actor asserter, Actor source) {
    if ("MED".equals(asserter.role())) return true;
    return !asserter.equals(source) && !java.util.Objects.equals(asserter.country(), source.country());
  }

  @Nullable Quote quoteAround(Token v) {
    for (Quote q : quotes) {
      if (q.start() <= v.begin() && v.end() <= q.end()) return q;
    }
    return null;
  }
}
