package org.sitrep.coding;

import static org.sitrep.coding.DependencyTree.lemma;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.actors.ActorIdentity;
import org.sitrep.model.ActorMention;
import org.sitrep.model.Event;
import org.sitrep.model.Token;

/**
 * "Eswar Prasad said the president's 'mercurial temperament' had complicated the talks": what a speaker says
 * about an actor in critical words ({@code critical-words.txt}) is criticism of that actor (CAMEO 111).
 */
final class Criticism implements Construction {

  /**
   * Whether a sentence can hold criticism: a critical word is there, or one of AFINN's negative words used as an
   * adjective or a noun (the only uses {@link #evaluatedBadly} and {@link #bad} read), or a word of blame.
   */
  static boolean mayHold(List<Token> tokens) {
    for (Token t : tokens) {
      String w = t.word().toLowerCase(Locale.ROOT);
      String l = t.lemma().toLowerCase(Locale.ROOT);
      if (VerbLexicon.CRITICAL.contains(w) || VerbLexicon.CRITICAL.contains(l) || VerbLexicon.CRITICAL_IF_NEGATED.contains(w)
          || VerbLexicon.CRITICAL_IF_NEGATED.contains(l) || FrameWords.BLAME.contains(l)) {
        return true;
      }
      if (adjectiveOrNoun(t) && VerbLexicon.negative(t)) return true;
    }
    return false;
  }

  @Override
  public void code(SentenceCoding sc) {
    criticism(sc);
    naming(sc);
    quoted(sc);
  }

  /**
   * '"The government has failed. Its policies are a disaster," the senator said': a sentence inside a quotation whose
   * speaker is known says what it says of its subject in the speaker's voice, as a clause after "said" would.
   */
  private void quoted(SentenceCoding sc) {
    for (Token v : sc.toks) {
      if (!sc.tree.rel(v).equals("root") || VerbLexicon.SPEECH.contains(lemma(v))) continue;
      org.sitrep.model.Quote q = sc.quoteAround(v);
      if (q == null || q.speaker() == null) continue;
      String code = verdict(sc, v.index());
      if (code == null) continue;
      for (ActorMention tgt : sc.parts.distinct(about(sc, v.index()))) {
        if (ActorIdentity.same(q.speaker(), tgt)) continue;
        Event e = sc.event(v, q.speaker(), tgt, code, code.equals("112") ? "blame (quoted)" : "criticism (quoted)");
        if (e != null) sc.put(e);
      }
    }
  }

  /**
   * "Turkey's president called the Greek prime minister a liar", "Moscow described the British sanctions as illegal":
   * calling an actor (or what is theirs) something bad is criticism of it (111).
   */
  private void naming(SentenceCoding sc) {
    for (Token v : sc.toks) {
      if (!v.isVerb() || !FrameWords.NAMING.contains(lemma(v)) || sc.tree.negated(v)) continue;
      List<ActorMention> speakers = sc.parts.subjectsOf(v);
      if (speakers.isEmpty()) continue;
      List<ActorMention> named = new ArrayList<>();
      boolean bad = false;
      for (int c : sc.children.get(v.index())) {
        String r = sc.tree.rel(sc.toks.get(c));
        if (r.equals("obj")) {
          named.addAll(sc.parts.actorsOf(c));
          if (named.isEmpty()) named.addAll(sc.parts.owners(c, 2));
          for (int cc : sc.children.get(c)) if (sc.tree.rel(sc.toks.get(cc)).equals("dep") && bad(sc, cc)) bad = true; // "branded the move a disgrace"
        } else if (r.equals("xcomp") || r.equals("advcl") || r.equals("obl")) {
          if (!bad(sc, c)) continue;
          bad = true;
          for (int cc : sc.children.get(c)) if (sc.tree.rel(sc.toks.get(cc)).startsWith("nsubj")) named.addAll(sc.parts.actorsOf(cc));
        }
      }
      if (!bad) continue;
      for (ActorMention src : speakers) {
        for (ActorMention tgt : sc.parts.distinct(named)) {
          if (ActorIdentity.same(src, tgt)) continue;
          Event e = sc.event(v, src, tgt, "111", "naming");
          if (e != null) sc.put(e);
        }
      }
    }
  }

  /** Whom a clause is about: its subject's actors, else whose the subject is, is against or is by. */
  private static List<ActorMention> about(SentenceCoding sc, int clause) {
    List<ActorMention> about = new ArrayList<>();
    for (int cc : sc.children.get(clause)) {
      String r = sc.tree.rel(sc.toks.get(cc));
      if (r.equals("csubj")) about.addAll(sc.parts.oblique(cc, "by")); // "the claims made by Azerbaijan are ..."
      if (!r.equals("nsubj") && !r.equals("nsubj:pass")) continue;
      about.addAll(sc.parts.actorsOf(cc));
      if (about.isEmpty()) about.addAll(sc.parts.owners(cc, 2));
      if (about.isEmpty()) about.addAll(sc.parts.nominal(cc, "against"));
      if (about.isEmpty()) about.addAll(sc.parts.nominal(cc, "by")); // "the claims by Azerbaijan are not credible"
    }
    return about;
  }

  /**
   * Whether the clause blames its subject: it is responsible, culpable, guilty or to blame, or bears responsibility,
   * for something bad or hostile ("responsible for the attack", "bore full responsibility for the collapse of the
   * talks"); "responsible for border security" is no blame.
   */
  private static boolean blamed(SentenceCoding sc, int clause) {
    Token root = sc.toks.get(clause);
    int holder = -1;
    if (FrameWords.BLAME.contains(lemma(root))) holder = clause;
    for (int c : sc.children.get(clause)) { // "bore responsibility", "took the blame"
      if (holder < 0 && sc.tree.rel(sc.toks.get(c)).equals("obj") && FrameWords.BLAME.contains(lemma(sc.toks.get(c)))) holder = c;
    }
    if (holder < 0 || sc.tree.negated(root)) return false;
    String word = lemma(sc.toks.get(holder));
    if (!word.equals("responsible") && !word.equals("responsibility")) return true; // to blame, at fault, guilty, culpable
    for (int c : sc.children.get(holder)) {
      String r = sc.tree.rel(sc.toks.get(c));
      if ((r.startsWith("nmod") || r.startsWith("obl")) && sc.parts.hasCase(c, "for")
          && (bad(sc, c) || NominalEvents.isEventNoun(lemma(sc.toks.get(c))))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word (or an adjective of it) is a critical word or a negative one of AFINN: "a liar", "illegal". */
  private static boolean bad(SentenceCoding sc, int node) {
    List<Integer> words = new ArrayList<>(List.of(node));
    for (int c : sc.children.get(node)) if (sc.tree.rel(sc.toks.get(c)).equals("amod")) words.add(c);
    for (int i : words) {
      Token t = sc.toks.get(i);
      String w = t.word().toLowerCase(Locale.ROOT);
      if (VerbLexicon.CRITICAL.contains(w) || VerbLexicon.CRITICAL.contains(lemma(t)) || VerbLexicon.negative(t)) return true;
    }
    return false;
  }

  /**
   * "Eswar Prasad said the president's 'mercurial temperament' had complicated the talks": what a
   * speaker says about an actor in critical words (critical-words.txt) is criticism of that actor
   * (CAMEO 111). The actor is the clause's subject, or whom its subject belongs to, is against or is by.
   */
  private void criticism(SentenceCoding sc) {
    for (Token v : sc.toks) {
      if (!v.isVerb() || !VerbLexicon.SPEECH.contains(lemma(v)) || sc.tree.negated(v)) continue;
      List<ActorMention> speakers = sc.parts.subjectsOf(v);
      if (speakers.isEmpty()) continue;
      List<Integer> said = new ArrayList<>();
      for (int c : sc.children.get(v.index())) {
        if (sc.tree.rel(sc.toks.get(c)).equals("ccomp")) said.add(c);
      }
      if (sc.tree.rel(v).equals("parataxis") && v.head() >= 0) said.add(v.head()); // "“…,” the minister said"
      for (int c : said) {
        int clause = c;
        for (int cc : sc.children.get(c)) { // "I think the allegations are ...": what is thought
          if (FrameWords.OPINION.contains(lemma(sc.toks.get(c))) && sc.tree.rel(sc.toks.get(cc)).equals("ccomp")) clause = cc;
        }
        String code = verdict(sc, clause);
        if (code == null) continue;
        List<ActorMention> about = about(sc, clause);
        for (ActorMention src : speakers) {
          for (ActorMention tgt : sc.parts.distinct(about)) {
            if (ActorIdentity.same(src, tgt)) continue;
            Event e = sc.event(v, src, tgt, code, code.equals("112") ? "blame" : "criticism");
            if (e != null) sc.put(e);
          }
        }
      }
    }
  }

  /** What a clause said of its subject comes to: 112 when it blames it, 111 when it criticises it, else null. */
  private @org.jspecify.annotations.Nullable String verdict(SentenceCoding sc, int clause) {
    return blamed(sc, clause) ? "112" : critical(sc, clause, 0) || evaluatedBadly(sc, clause) ? "111" : null;
  }

  private static boolean adjectiveOrNoun(Token t) {
    return t.pos().startsWith("JJ") || t.pos().startsWith("NN");
  }

  /**
   * Whether the clause says something bad of its subject in AFINN's negative words ({@code afinn-negative.tsv}):
   * as its predicate or what the predicate holds ("the plan is a disaster", "a symptom of deeper problems"), or as an
   * adjective of its subject ("his reckless remarks"). Not anywhere below: "was stabbed to death" reports harm.
   */
  private static boolean evaluatedBadly(SentenceCoding sc, int clause) {
    Token root = sc.toks.get(clause);
    if (root.isVerb() && FrameWords.UNDERGOING.contains(lemma(root))) return false; // "farmers faced ruin"
    List<Integer> words = new ArrayList<>();
    words.add(clause);
    for (int c : sc.children.get(clause)) {
      String r = sc.tree.rel(sc.toks.get(c));
      if (r.equals("amod") || r.startsWith("nmod") || r.equals("obj") || r.equals("xcomp") || r.equals("conj")) words.add(c);
      if (r.startsWith("nsubj")) {
        for (int cc : sc.children.get(c)) if (sc.tree.rel(sc.toks.get(cc)).equals("amod")) words.add(cc);
      }
    }
    for (int i : words) {
      Token t = sc.toks.get(i);
      if (adjectiveOrNoun(t) && !sc.tree.negated(t) && VerbLexicon.negative(t)) return true;
    }
    return false;
  }

  /** Whether the subtree under {@code node} holds a critical word (not negated), or negated praise. */
  private boolean critical(SentenceCoding sc, int node, int depth) {
    if (depth > 12) return false;
    Token t = sc.toks.get(node);
    String l = lemma(t);
    String w = t.word().toLowerCase(Locale.ROOT);
    boolean neg = sc.children.get(node).stream()
        .anyMatch(c -> sc.tree.rel(sc.toks.get(c)).equals("advmod") && FrameWords.NEGATIONS.contains(lemma(sc.toks.get(c))));
    if ((VerbLexicon.CRITICAL.contains(l) || VerbLexicon.CRITICAL.contains(w)) && !neg) return true;
    if ((VerbLexicon.CRITICAL_IF_NEGATED.contains(l) || VerbLexicon.CRITICAL_IF_NEGATED.contains(w)) && neg) return true;
    for (int c : sc.children.get(node)) {
      if (critical(sc, c, depth + 1)) return true;
    }
    return false;
  }
}
