package org.sitrep.coding;

import static org.sitrep.coding.DependencyTree.lemma;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.actors.ActorResolver;
import org.sitrep.actors.ResolvedActors;
import org.sitrep.model.ActorMention;
import org.sitrep.model.Token;

/**
 * Who does an act whose clause names no subject of its own: the subject the clause takes from the clause above
 * it ("accused North Korea of supplying", "was charged with assaulting"), the one who undergoes a passive with no
 * subject, the subjects of a reported clause ("alleged that the guards …"), and "it"/"they" reporting for their
 * speaker. {@link Participants} adds the targets; change a way of finding a subject here.
 */
abstract class ClauseSubjects extends SentenceParts {

  ClauseSubjects(DependencyTree tree, ResolvedActors actors) {
    super(tree, actors);
  }

  /** The actors a nominal stands for (see {@link Participants#actorsOf}). */
  abstract List<ActorMention> actorsOf(int node);

  /** The mentions with a country, one per actor. */
  abstract List<ActorMention> distinct(List<ActorMention> in);

  /** Actors in the phrases on {@code head} that {@code prep} introduces. */
  abstract List<ActorMention> oblique(int head, String prep);

  /**
   * "The army said it killed three militants", "police said they had arrested two men": "it" or "they"
   * as the subject of the clause a speech verb reports is the speaker, when the speaker is an
   * institution or a group rather than a person (a person's "it" is a thing).
   */
  List<ActorMention> reportingSubject(int node) {
    Token t = toks.get(node);
    String w = t.word().toLowerCase(java.util.Locale.ROOT);
    if (!t.pos().equals("PRP") || !(w.equals("it") || w.equals("they")) || !rel(t).startsWith("nsubj") || t.head() < 0) {
      return List.of();
    }
    Token clause = toks.get(t.head());
    while (rel(clause).equals("conj") && clause.head() >= 0) clause = toks.get(clause.head());
    if (!rel(clause).equals("ccomp") || clause.head() < 0) return List.of();
    Token speech = toks.get(clause.head());
    if (!VerbLexicon.SPEECH.contains(lemma(speech))) return List.of();
    List<ActorMention> out = new ArrayList<>();
    for (int c : children.get(speech.index())) {
      if (!rel(toks.get(c)).equals("nsubj")) continue;
      for (ActorMention m : actors.at(s.index(), c)) {
        if (!ActorResolver.isPerson(m) && m.actor().country() != null) out.add(m);
      }
    }
    return out;
  }

  List<ActorMention> subjects(int clause) {
    List<ActorMention> out = new ArrayList<>();
    for (int c : children.get(clause)) {
      if (rel(toks.get(c)).equals("nsubj")) out.addAll(actorsOf(c));
    }
    return out;
  }

  /** The subject a clause without one takes from the clause above it. */
  List<ActorMention> controller(Token v) {
    if (v.head() < 0) return List.of();
    Token h = toks.get(v.head());
    String r = rel(v);
    if (r.equals("dep") && !h.isVerb() && !h.isNoun() && rel(h).equals("advmod") && h.head() >= 0) {
      // "deliberated ... before finding Webb guilty": the parser hangs the clause on "before"; it is the
      // verb's adverbial clause
      h = toks.get(h.head());
      r = "advcl";
    }
    if (v.pos().equals("VBG") && h.pos().equals("IN") && h.head() >= 0 && (r.equals("acl") || r.equals("advcl"))) {
      // "pleaded guilty on Tuesday to threatening a diplomat": the parser hangs the gerund on the preposition;
      // it is the clause of the verb the preposition belongs to
      h = toks.get(h.head());
      r = "advcl";
    }
    if (r.equals("ccomp") && h.isNoun() && rel(h).equals("obj") && h.head() >= 0) {
      // "told a news briefing that the visit violated ... and urged Tokyo to stop": the parser hangs the clause
      // on the verb's object; it is the verb's
      h = toks.get(h.head());
    }
    if (tree.isPrepositionalGerund(v)) {
      // "charged with threatening to kill the governor", "accused the man of threatening to bomb": the gerund is
      // the clause of the verb, or of the actor it hangs on ("the man [of threatening]")
      if (h.isNoun() && r.startsWith("nmod") && hasCase(v.index(), "of") && !actorsOf(h.index()).isEmpty()) return actorsOf(h.index());
      if (h.isVerb() || h.pos().startsWith("JJ")) r = "advcl";
    }
    List<ActorMention> out = new ArrayList<>();
    if (r.equals("advcl") && hasMark(v, "to") && tree.isPressure(h)) {
      // "put pressure on Israel to allow aid in": the one pressed is the one asked to act
      out.addAll(oblique(h.index(), "on"));
      if (!out.isEmpty()) return out;
    }
    if (r.equals("xcomp") && FrameWords.APPEALS.contains(lemma(h))) {
      // "called on the government to withdraw", "appealed to the army to stop": the one called on is the one asked
      for (String prep : List.of("on", "upon", "to")) out.addAll(oblique(h.index(), prep));
      if (!out.isEmpty()) return out;
    }
    // "accused Russia of shelling": the parser marks the gerund's "of" as a mark or as a case
    boolean ofOrFor = hasMark(v, "of", "for") || v.pos().equals("VBG") && (hasCase(v.index(), "of") || hasCase(v.index(), "for"))
        // "charged the mayor with taking bribes": the one charged did it (not "threatened China with raising tariffs")
        || FrameWords.ALLEGING.contains(lemma(h)) && (hasMark(v, "with") || v.pos().equals("VBG") && hasCase(v.index(), "with"));
    if (r.equals("xcomp") || r.equals("advcl") && ofOrFor) {
      for (int c : children.get(h.index())) {
        if (rel(toks.get(c)).equals("obj")) out.addAll(actorsOf(c));
      }
      if (!out.isEmpty() && (r.equals("advcl") || !VerbLexicon.SPEECH.contains(lemma(h)))) return out;
    }
    if (r.equals("xcomp") || r.equals("conj") || r.equals("advcl") || r.equals("ccomp") || r.equals("dep")
        && v.isVerb()) {
      for (int c : children.get(h.index())) {
        if (rel(toks.get(c)).equals("nsubj")) out.addAll(actorsOf(c));
      }
      if (out.isEmpty() && (r.equals("advcl") || r.equals("xcomp"))) {
        // "two sailors were charged with assaulting a fisherman", "he was forced to resign": the subject of
        // a passive is the subject of its adverbial or complement clause too
        for (int c : children.get(h.index())) {
          if (rel(toks.get(c)).equals("nsubj:pass")) out.addAll(actorsOf(c));
        }
      }
      if (out.isEmpty() && (r.equals("xcomp") || r.equals("conj"))) return controller(h);
      // "pleaded guilty to threatening a judge": the clause hangs on the adjective, whose subject is the verb's
      if (out.isEmpty() && r.equals("advcl") && h.pos().startsWith("JJ") && rel(h).equals("xcomp")) return controller(h);
    }
    if (r.equals("acl:relcl") || r.equals("acl")) {
      // "held talks with them, threatening them with tariffs", "stormed a village, killing three civilians": a
      // participle after a comma is the act of the clause's subject, whatever noun the parser hung it on (an object
      // even when it is an actor; another noun when it names none)
      boolean afterComma = r.equals("acl") && v.pos().equals("VBG") && v.index() > 0
          && toks.get(v.index() - 1).word().equals(",") && h.head() >= 0;
      if (afterComma && rel(h).equals("obj")) {
        out.addAll(subjects(h.head()));
        if (!out.isEmpty()) return out;
      }
      for (ActorMention m : actorsOf(h.index())) {
        if (m.actor().role() != null) out.add(m); // "the Swedish move to drop ..." is no actor's act
      }
      if (out.isEmpty() && afterComma) out.addAll(subjects(h.head()));
    }
    return out;
  }

  /**
   * Who undergoes a passive clause that has no subject of its own: the subject of the clause it
   * hangs on ("150 Indians returned home after being deported", "he was arrested and deported").
   */
  List<ActorMention> undergoer(Token v) {
    String r = rel(v);
    if (v.head() < 0 || !(r.equals("advcl") || r.equals("conj") || r.equals("xcomp"))) return List.of();
    List<ActorMention> out = new ArrayList<>();
    for (int c : children.get(v.head())) {
      String cr = rel(toks.get(c));
      if (cr.equals("nsubj") || cr.equals("nsubj:pass")) out.addAll(actorsOf(c));
    }
    return out;
  }

  List<ActorMention> subjectsOf(Token h) {
    List<ActorMention> out = new ArrayList<>();
    for (int c : children.get(h.index())) {
      if (rel(toks.get(c)).equals("nsubj")) out.addAll(actorsOf(c));
    }
    if (out.isEmpty()) out.addAll(controller(h));
    return distinct(out);
  }

  /**
   * The subjects of the clause a verb reports ("prosecutors alleged [that the guards falsified records]"):
   * whom an allegation is about. A subject that is the speaker's own pronoun is left out by the caller.
   */
  List<ActorMention> clauseSubjects(Token v) {
    List<ActorMention> out = new ArrayList<>();
    for (int c : children.get(v.index())) {
      // "alleged that the guards ...", and "called for Israel to halt ...": the one the clause is about
      boolean forClause = (rel(toks.get(c)).equals("advcl") || rel(toks.get(c)).equals("xcomp")) && hasMark(toks.get(c), "for");
      if (!(rel(toks.get(c)).equals("ccomp") || forClause) || c < v.index()) continue;
      for (int cc : children.get(c)) {
        String r = rel(toks.get(cc));
        if (r.equals("nsubj") || r.equals("nsubj:pass")) out.addAll(actorsOf(cc));
      }
    }
    return out;
  }

  /**
   * The police or judicial body acting in the sentence (the subject of one of its verbs), when there is exactly one
   * (by country and role) and it is not among those who undergo the act; null otherwise.
   */
  @org.jspecify.annotations.Nullable ActorMention soleAuthority(List<ActorMention> targets) {
    ActorMention found = null;
    List<ActorMention> acting = new java.util.ArrayList<>(); // subjects of the sentence's verbs: "after the FBI traced the calls"
    for (Token t : toks) if (rel(t).equals("nsubj")) acting.addAll(actorsOf(t.index()));
    for (ActorMention m : acting) {
      String role = m.actor().role();
      if (m.actor().country() == null || !"COP".equals(role) && !"JUD".equals(role)) continue;
      if (targets.stream().anyMatch(t -> org.sitrep.actors.ActorIdentity.same(t, m))) continue;
      if (found != null && !org.sitrep.actors.ActorIdentity.same(found, m)) return null;
      if (found == null) found = m;
    }
    return found;
  }
}
