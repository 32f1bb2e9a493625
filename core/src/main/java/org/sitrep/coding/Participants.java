package org.sitrep.coding;

import static org.sitrep.coding.DependencyTree.lemma;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.actors.ActorIdentity;
import org.sitrep.actors.ActorResolver;
import org.sitrep.actors.ResolvedActors;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorMention;
import org.sitrep.model.Token;

/**
 * Who takes part in an act, read off the tree: the actors a nominal stands for, the actors in a
 * pattern's target slot (object, a preposition, an object's owner, a place), the subject a clause
 * without one takes from the clause above it, who undergoes a passive. Add a new way of finding a
 * target here.
 */
final class Participants extends ClauseSubjects {
  /** Verbs whose agent is the author of a text or proposal: "a bill passed by", "a plan put forward by". */
  private static final java.util.Set<String> AUTHORING = java.util.Set.of("pass", "approve", "adopt", "draft", "propose",
      "table", "sponsor", "submit", "introduce", "write", "put", "announce", "sign");

  Participants(DependencyTree tree, ResolvedActors actors) {
    super(tree, actors);
  }

  /** The actors a nominal stands for: its own mention, or those of its coordinated nominals. */
  List<ActorMention> actorsOf(int node) {
    List<ActorMention> out = new ArrayList<>(actors.at(s.index(), node));
    if (out.size() == 1 && out.get(0).actor().name() == null && toks.get(node).pos().equals("NNS")) {
      // "two former officials, Mark Ellis and Jane Porter, testified": the people named, one by one
      List<ActorMention> named = new ArrayList<>();
      for (int c : children.get(node)) {
        if (rel(toks.get(c)).equals("appos")) {
          for (ActorMention m : actorsOf(c)) {
            if (m.actor().name() != null && ActorResolver.isPerson(m)) named.add(m);
          }
        }
      }
      if (named.size() >= 2) out = named;
    }
    if (out.isEmpty()) {
      for (int c : children.get(node)) {
        String r = rel(toks.get(c));
        if (r.equals("compound") || r.equals("flat") || r.equals("appos") || r.equals("nmod:poss")) {
          out.addAll(actors.at(s.index(), c));
        }
      }
    }
    if (out.isEmpty()) { // "thousands of Georgians", "a group of lawmakers"
      for (int c : children.get(node)) {
        if (rel(toks.get(c)).startsWith("nmod") && hasCase(c, "of")) out.addAll(actors.at(s.index(), c));
      }
      // "the head of the Ugandan farmers' union": the body whose owner the text names
      for (int c : children.get(node)) {
        if (!out.isEmpty()) break;
        if (rel(toks.get(c)).startsWith("nmod") && hasCase(c, "of") && actors.at(s.index(), c).isEmpty()) {
          for (int cc : children.get(c)) {
            if (rel(toks.get(cc)).equals("nmod:poss")) out.addAll(actors.at(s.index(), cc));
          }
        }
      }
    }
    if (out.isEmpty() && toks.get(node).pos().startsWith("NNP")) {
      // a person the article does not know, described by whom they act for: "Maria Ortiz, the head of the
      // Mexican delegation", "Maria Ortiz, who leads Mexico's delegation"
      for (int c : children.get(node)) {
        String r = rel(toks.get(c));
        if (r.equals("appos")) {
          for (int cc : children.get(c)) {
            if (rel(toks.get(cc)).startsWith("nmod") && hasCase(cc, "of")) out.addAll(roleActors(cc));
          }
        } else if (r.equals("acl:relcl") && FrameWords.LEADING.contains(lemma(toks.get(c)))) {
          for (int cc : children.get(c)) {
            if (rel(toks.get(cc)).equals("obj")) out.addAll(roleActors(cc));
          }
        }
      }
    }
    if (out.isEmpty()) out.addAll(reportingSubject(node));
    for (int c : children.get(node)) {
      if (rel(toks.get(c)).equals("conj")) out.addAll(actorsOf(c));
    }
    return out;
  }

  /** Actors at a node that act for a state or an organisation (a role), not bare demonyms or places. */
  private List<ActorMention> roleActors(int node) {
    List<ActorMention> out = new ArrayList<>();
    for (ActorMention m : actorsOf(node)) { // "Ghana's trade mission": its owner
      if (m.actor().role() != null && m.actor().country() != null) out.add(m);
    }
    return out;
  }

  List<ActorMention> distinct(List<ActorMention> in) {
    List<ActorMention> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (ActorMention m : in) {
      if (m.actor().country() == null) continue;
      // "the Spanish tax agency" is a demonym modifier and a role on the same words: one actor, the role
      boolean covered = m.actor().role() == null && m.actor().name() == null && in.stream().anyMatch(o -> o != m
          && m.actor().country().equals(o.actor().country()) && o.actor().role() != null
          && o.start() < m.end() && m.start() < o.end());
      if (covered) continue;
      if (seen.add(ActorIdentity.listKey(m.actor()))) out.add(m);
    }
    return out;
  }

  List<ActorMention> slot(Token v, String slot) {
    return slot(v, slot, false);
  }

  /**
   * The target actors in a pattern's slot. {@code material}: the act is done to things (destroying,
   * seizing, attacking), so a thing's owners are its target.
   */
  List<ActorMention> slot(Token v, String slot, boolean material) {
    return slot(v, slot, material, false);
  }

  /**
   * As {@link #slot(Token, String, boolean)}; {@code smallClause}: the pattern names the word of a small
   * clause ("find+guilty"), whose subject is then the target ("found the officer guilty").
   */
  List<ActorMention> slot(Token v, String slot, boolean material, boolean smallClause) {
    if (slot.equals("-")) return List.of();
    if (slot.equals("clause")) return clauseSubjects(v);
    List<ActorMention> out = new ArrayList<>();
    for (int c : children.get(v.index())) {
      Token ch = toks.get(c);
      if (slot.equals("obj") && rel(ch).equals("obj") || slot.equals("iobj") && rel(ch).equals("iobj")) {
        List<ActorMention> author = authorOf(c);
        out.addAll(author.isEmpty() ? actorsOf(c) : author);
      }
    }
    if (out.isEmpty() && slot.equals("obj")) {
      // "rejected Assange's attempt", "criticised China's decision": the act's owner is the target
      for (int c : children.get(v.index())) {
        if (!rel(toks.get(c)).equals("obj") || !toks.get(c).isNoun()) continue;
        for (int cc : children.get(c)) {
          if (rel(toks.get(cc)).equals("nmod:poss")) out.addAll(actorsOf(cc));
          // "vetoed a bill passed by the legislature", "rejected a resolution drafted by France": its author's
          if (rel(toks.get(cc)).startsWith("acl") && AUTHORING.contains(lemma(toks.get(cc)))) out.addAll(oblique(cc, "by"));
        }
        // "smashing windows of cars with drivers inside", "shelled the homes of villagers": the
        // people the thing belongs to, two steps down at most
        if (out.isEmpty() && material) out.addAll(owners(c, 2));
        // "shelled positions in northern Syria", "struck depots in Lebanon": a thing attacked where a
        // state is, the state's (the place phrase hangs on the thing or on the verb)
        if (out.isEmpty() && material) out.addAll(statesIn(c));
        if (out.isEmpty() && material) out.addAll(statesIn(v.index()));
      }
    }
    if (out.isEmpty() && slot.equals("obj")) {
      // "demanding [the FBI subpoena him]": the subject of a small clause is the one addressed
      for (int c : children.get(v.index())) {
        // (after the verb: a quotation before it, "“…,” the expert warned", is what was said, not to whom)
        // and "found the officer [guilty]": the subject of a small clause the pattern names (measured on
        // events-dev: for any small clause, it costs check precision and brings nothing)
        boolean small = smallClause && rel(toks.get(c)).equals("xcomp") && !toks.get(c).isVerb();
        if ((rel(toks.get(c)).equals("ccomp") || small) && c > v.index() && !hasMark(toks.get(c), "that", "whether", "if")) {
          for (int cc : children.get(c)) {
            if (rel(toks.get(cc)).equals("nsubj")) out.addAll(actorsOf(cc));
          }
        }
      }
    }
    if (!slot.equals("obj") && !slot.equals("iobj")) {
      out.addAll(oblique(v.index(), slot));
      // a light verb's object carries the phrase: "imposed sanctions on Iran"
      for (int c : children.get(v.index())) {
        if (rel(toks.get(c)).equals("obj") || rel(toks.get(c)).startsWith("obl")) {
          out.addAll(nominal(c, slot));
        }
        if (tree.misreadModifier(toks.get(c))) out.addAll(oblique(c, slot)); // "fired warning shots at a ship"
      }
      if (out.isEmpty() && tree.hasParticle(v, slot)) {
        // "called on Turkey to release them": the parser takes "on" for a particle and Turkey for the object
        for (int c : children.get(v.index())) {
          if (rel(toks.get(c)).equals("obj")) out.addAll(actorsOf(c));
        }
      }
      if (out.isEmpty()) {
        // "called on Sudan's generals to agree", "pledged support for Moldova's bid to join": the parser makes
        // the preposition the mark of a clause, whose subject is the one the act is on or for
        for (int c : children.get(v.index())) {
          String r = rel(toks.get(c));
          if ((r.equals("advcl") || r.equals("xcomp")) && hasMark(toks.get(c), slot)) out.addAll(subjects(c));
          if (r.equals("obj")) {
            for (int cc : children.get(c)) {
              if (rel(toks.get(cc)).equals("acl") && hasMark(toks.get(cc), slot)) out.addAll(subjects(cc));
            }
          }
        }
      }
    }
    return out;
  }

  /** What a statement is made in, with or to someone: "in an interview with", "in a letter to". */
  private static final java.util.Set<String> MEDIUMS = java.util.Set.of("interview", "conversation", "call", "letter",
      "email", "e-mail", "memo", "message", "meeting", "speech", "address", "testimony");

  /**
   * Whom the interview, call or letter a statement was made in is with or to: "in an interview with the FBI, Webb
   * confessed", "said in a letter to the senator". The press is no party ("in an interview with reporters").
   */
  List<ActorMention> addressedIn(Token v) {
    List<ActorMention> out = new ArrayList<>();
    for (int c : children.get(v.index())) {
      Token t = toks.get(c);
      if (!rel(t).startsWith("obl") || !hasCase(c, "in") || !MEDIUMS.contains(lemma(t))) continue;
      out.addAll(distinct(nominal(c, "with", 1)));
      if (out.isEmpty()) out.addAll(distinct(nominal(c, "to", 1)));
    }
    out.removeIf(m -> "MED".equals(m.actor().role()));
    return out;
  }

  /** Actors in obl/nmod dependents of {@code head} introduced by {@code prep}. */
  List<ActorMention> oblique(int head, String prep) {
    List<ActorMention> out = new ArrayList<>();
    for (int c : children.get(head)) {
      Token ch = toks.get(c);
      if ((rel(ch).startsWith("obl") || rel(ch).startsWith("nmod")) && hasCase(c, prep)) {
        List<ActorMention> found = actorsOf(c);
        // however the phrase is attached: "dropped [an investigation] into an allegation made against X"
        if (found.isEmpty() && (prep.equals("into") || prep.equals("against"))) found = against(c, 2);
        out.addAll(found);
      }
    }
    return out;
  }

  List<ActorMention> nominal(int noun, String prep) {
    return nominal(noun, prep, 2);
  }

  List<ActorMention> nominal(int noun, String prep, int depth) {
    List<ActorMention> out = new ArrayList<>();
    for (int c : children.get(noun)) {
      Token ch = toks.get(c);
      if (rel(ch).startsWith("nmod") && hasCase(c, prep)) {
        List<ActorMention> found = actorsOf(c);
        // "an investigation into a rape allegation (made) against Julian Assange": the one it is against
        if (found.isEmpty() && (prep.equals("into") || prep.equals("against"))) found = against(c, 2);
        out.addAll(found);
      } else if (rel(ch).startsWith("nmod") && depth > 1 && actors.at(s.index(), c).isEmpty()) {
        // "pledged $2 billion in aid to Indonesia": the phrase hangs on a noun inside the object
        out.addAll(nominal(c, prep, depth - 1));
      }
      if (rel(ch).equals("conj")) out.addAll(nominal(c, prep, depth)); // "weapons and support from the US"
    }
    return out;
  }

  /** States named as metonyms in an "in" phrase under {@code node}: "in northern Syria". */
  List<ActorMention> statesIn(int node) {
    List<ActorMention> out = new ArrayList<>();
    for (int c : children.get(node)) {
      if (!(rel(toks.get(c)).startsWith("nmod") || rel(toks.get(c)).startsWith("obl")) || !hasCase(c, "in")) continue;
      for (ActorMention m : actors.at(s.index(), c)) {
        if (m.rule().contains("metonym")) out.add(m);
      }
    }
    return out;
  }

  /**
   * Who did or put forward what an object noun names: the "by" phrase of an act ("condemned the arrest of a journalist
   * [by Iranian police]", before the one it was done to), the "by" or "from" phrase of what is put or claimed ("a
   * call [by France]", "criticism [from NATO]"). Taking it up, turning it down or condemning it is an act toward them.
   */
  private List<ActorMention> authorOf(int noun) {
    String l = lemma(toks.get(noun));
    boolean put = FrameWords.PUT_NOUNS.contains(l) || FrameWords.CLAIM_NOUNS.contains(l) || NominalEvents.isEventNoun(l);
    List<ActorMention> out = new ArrayList<>();
    if (put || FrameWords.ACT_NOUNS.contains(l)) out.addAll(oblique(noun, "by"));
    if (put) out.addAll(oblique(noun, "from"));
    return out;
  }

  /** Actors a thing belongs to: its "of"/"with" nominals and their possessors, down to {@code depth}. */
  List<ActorMention> owners(int node, int depth) {
    List<ActorMention> out = new ArrayList<>();
    if (depth == 0) return out;
    for (int c : children.get(node)) {
      String r = rel(toks.get(c));
      boolean owner = r.equals("nmod:poss") || r.startsWith("nmod") && (hasCase(c, "of") || hasCase(c, "with"));
      if (r.startsWith("acl") && (lemma(toks.get(c)).equals("belong") || lemma(toks.get(c)).equals("own"))) {
        out.addAll(slot(toks.get(c), lemma(toks.get(c)).equals("own") ? "by" : "to")); // "cars belonging to X"
      } else if (owner) {
        List<ActorMention> found = actorsOf(c);
        out.addAll(found.isEmpty() ? owners(c, depth - 1) : found);
      }
    }
    return out;
  }

  List<ActorMention> against(int node, int depth) {
    List<ActorMention> out = new ArrayList<>();
    if (depth == 0) return out;
    for (int c : children.get(node)) {
      String r = rel(toks.get(c));
      if ((r.startsWith("nmod") || r.startsWith("obl")) && hasCase(c, "against")) out.addAll(actorsOf(c));
      else if (r.startsWith("acl") || r.startsWith("nmod")) out.addAll(against(c, depth - 1));
    }
    return out;
  }

  /**
   * Countries named as places ("the United States", "Mexico") in the clause under {@code node}, not
   * in a "to" phrase (the destination) nor in its subject.
   */
  List<ActorMention> statesBelow(int node, int depth) {
    List<ActorMention> out = new ArrayList<>();
    if (depth == 0) return out;
    for (int c : children.get(node)) {
      String r = rel(toks.get(c));
      if (r.startsWith("nsubj") || hasCase(c, "to")) continue;
      for (ActorMention m : actors.at(s.index(), c)) {
        if (m.rule().contains("metonym") && m.actor().name() == null) out.add(m);
      }
      out.addAll(statesBelow(c, depth - 1));
    }
    return out;
  }

  /**
   * "Prince Andrew told friends and family that ...": the actor's own people (circle-words.txt) as
   * the direct object of a statement, with no actor of their own, are private people of the actor's
   * country. (Calling a friend or visiting relatives is private life, not coded.)
   */
  @Nullable ActorMention circle(Token v, ActorMention src) {
    for (int c : children.get(v.index())) {
      String r = rel(toks.get(c));
      if (!(r.equals("obj") || r.equals("iobj")) || !actors.at(s.index(), c).isEmpty()) continue;
      Token t = toks.get(c);
      if (!VerbLexicon.CIRCLE.contains(lemma(t))) continue;
      for (int cc : children.get(c)) { // "his friends" are his; "the minister's friends" are the minister's
        if (rel(toks.get(cc)).equals("nmod:poss") && !actors.at(s.index(), cc).isEmpty()
            && !ActorIdentity.same(actors.at(s.index(), cc).get(0), src)) return null;
      }
      return new ActorMention(t.word(), t.begin(), t.end(), s.index(), new Actor(null, src.actor().country(), "CVL"),
          "circle");
    }
    return null;
  }

  /** Unnamed press ("reporters", "journalists"): a statement to them is a statement to the public. */
  static boolean isPress(ActorMention m) {
    return "MED".equals(m.actor().role()) && m.actor().name() == null;
  }

  /** Coercion, assault and fighting (roots 17-20): acts done to people through their things. */
  static boolean isMaterial(String code) {
    return code.compareTo("17") >= 0 && code.compareTo("21") < 0;
  }

}
