package org.sitrep.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * One parsed sentence as a dependency tree: each token's children, and the questions every construction
 * asks of the tree (a token's relation and lemma, whether it has a child of a relation, a preposition, a
 * marker, whether it is negated). Built from a {@link Sentence} whose tokens carry heads and relations, so
 * it can be tested with tokens made by hand.
 */
final class DependencyTree {
  private static final java.util.regex.Pattern SCORE = java.util.regex.Pattern.compile("\\d{1,3}-\\d{1,3}");

  final Sentence s;
  final List<Token> toks;
  final List<List<Integer>> children;
  /** Each token's relation, repaired where the parser is known to err (see {@link #repaired}). */
  private final String[] relations;

  DependencyTree(Sentence s) {
    this.s = s;
    this.toks = s.tokens();
    children = new ArrayList<>();
    for (int i = 0; i < toks.size(); i++) children.add(new ArrayList<>());
    for (Token t : toks) {
      if (t.head() >= 0) children.get(t.head()).add(t.index());
    }
    relations = new String[toks.size()];
    for (Token t : toks) relations[t.index()] = repaired(t);
  }

  /**
   * "declined to prosecute the officers", "vowed to retaliate": the parser sometimes reads the complement of a
   * verb of refusal, intent or planning as an adverbial clause (taking "to" for a preposition); it is the verb's
   * complement (xcomp), as the same words usually parse. (This repair lives here, not in {@code nlp.ParseRepairs}
   * with the shape repairs, because it needs the coding lexicon's verb classes.)
   */
  private String repaired(Token t) {
    String r = t.relation() == null ? "" : t.relation();
    if (!r.equals("advcl") || !t.pos().equals("VB") || t.head() < 0) return r;
    String head = lemma(toks.get(t.head()));
    if (!FrameWords.REFUSAL.contains(head) && !FrameWords.INTENT.contains(head) && !FrameWords.PLANNING.contains(head)) return r;
    for (int c : children.get(t.index())) {
      Token ch = toks.get(c);
      if ("mark".equals(ch.relation()) && ch.word().equalsIgnoreCase("to") && c == t.index() - 1) return "xcomp";
    }
    return r;
  }

  /** The indexes of the tokens that depend on {@code node}. */
  List<Integer> children(int node) {
    return children.get(node);
  }

  boolean isPredicate(Token t) {
    return t.head() < 0 || rel(t).equals("root");
  }

  static String lemma(Token t) {
    return t.lemma().toLowerCase(Locale.ROOT);
  }

  /** The token's relation, repaired; a token of another sentence (asked about in passing) keeps its own. */
  String rel(Token t) {
    return t.index() < relations.length && toks.get(t.index()) == t ? relations[t.index()]
        : t.relation() == null ? "" : t.relation();
  }

  boolean hasChild(Token v, String relation) {
    for (int c : children.get(v.index())) {
      if (rel(toks.get(c)).equals(relation)) return true;
    }
    return false;
  }

  boolean hasMark(Token v, String... marks) {
    for (int c : children.get(v.index())) {
      Token ch = toks.get(c);
      if (rel(ch).equals("mark") && Set.of(marks).contains(lemma(ch))) return true;
    }
    return false;
  }

  /**
   * "Put pressure on Israel to allow…", "exerted pressure on Serbia to…": a verb whose object is pressure is an appeal
   * to the one the pressure is on, and its "to" clause is what is asked.
   */
  boolean isPressure(Token v) {
    for (int c : children.get(v.index())) {
      Token ch = toks.get(c);
      if (rel(ch).equals("obj") && lemma(ch).equals("pressure")) return true;
    }
    return false;
  }

  /** Whether {@code v} has the particle {@code word} ("called on", "cracked down on"). */
  boolean hasParticle(Token v, String word) {
    for (int c : children.get(v.index())) {
      Token ch = toks.get(c);
      if (rel(ch).equals("compound:prt") && ch.word().equalsIgnoreCase(word)) return true;
    }
    return false;
  }

  boolean hasCase(int node, String prep) {
    for (int c : children.get(node)) {
      Token ch = toks.get(c);
      if (rel(ch).equals("case") && (lemma(ch).equals(prep) || ch.word().equalsIgnoreCase(prep))) return true;
    }
    return false;
  }

  int tokenAt(int offset) {
    for (Token t : toks) {
      if (t.begin() <= offset && offset < t.end()) return t.index();
    }
    return -1;
  }

  /** Whether the act is negated, itself or through the verb it complements ("never urged X to investigate"). */
  boolean negated(Token v) {
    for (int c : children.get(v.index())) {
      Token ch = toks.get(c);
      if ((rel(ch).equals("advmod") || rel(ch).equals("neg")) && FrameWords.NEGATIONS.contains(lemma(ch))) return true;
    }
    // "refused to release him": the act is not done
    if (rel(v).equals("xcomp") && v.head() >= 0 && FrameWords.REFUSAL.contains(lemma(toks.get(v.head())))) return true;
    if (rel(v).equals("xcomp") && v.head() >= 0 && !FrameWords.DENYING.contains(lemma(toks.get(v.head())))) {
      return negated(toks.get(v.head()));
    }
    // "no knowledge of any efforts to urge Ukraine to investigate", "no evidence that Iran attacked":
    // an act told under a negated noun is not told as having happened
    Token cur = v;
    for (int guard = 0; cur.head() >= 0 && guard < 5; guard++) {
      String r = rel(cur);
      Token h = toks.get(cur.head());
      if (!(r.equals("xcomp") || r.startsWith("acl") || r.startsWith("nmod") || r.equals("ccomp") && h.isNoun())) break;
      if (h.isNoun()) {
        for (int c : children.get(h.index())) {
          if (rel(toks.get(c)).equals("det") && lemma(toks.get(c)).equals("no")) return true;
        }
      }
      cur = h;
    }
    return false;
  }

  /**
   * A noun's modifier the tagger read as a gerund complement of the verb, with the noun as its object ("fired
   * [warning] shots at a ship"): the phrases that belong to the verb then hang on it.
   */
  boolean misreadModifier(Token c) {
    return rel(c).equals("xcomp") && c.pos().equals("VBG") && hasChild(c, "obj");
  }

  /**
   * A gerund the parser took for an adjective of its object ("of [supplying] missiles", amod): the
   * clause it heads hangs on the verb above the noun, which then holds its arguments.
   */
  @Nullable Token gerundHost(Token v) {
    if (!v.pos().equals("VBG") || !rel(v).equals("amod") || v.head() < 0) return null;
    Token noun = toks.get(v.head());
    // "accused X of attacking [Ukraine's grid]", "charged with assaulting [two officers]", "pleaded guilty to
    // threatening [a diplomat]": the parser makes the gerund a modifier of its object
    if (!rel(noun).startsWith("obl") || noun.head() < 0 || !(hasCase(noun.index(), "of") || hasCase(noun.index(), "for")
        || hasCase(noun.index(), "with") || hasCase(noun.index(), "to"))) {
      return null;
    }
    return toks.get(noun.head());
  }

  /**
   * A gerund the parser takes for the noun of a prepositional phrase: "charged [with threatening] to kill",
   * "pleaded guilty [to threatening]", "accused the man [of threatening]". It is a clause all the same.
   */
  boolean isPrepositionalGerund(Token v) {
    String r = rel(v);
    return v.pos().equals("VBG") && (r.startsWith("obl") || r.startsWith("nmod"))
        && (hasCase(v.index(), "of") || hasCase(v.index(), "for") || hasCase(v.index(), "with") || hasCase(v.index(), "to"));
  }

  /** Whether the sentence speaks of a contest: a sport or an election word, or a score. */
  boolean isContest() {
    for (Token t : toks) {
      if (VerbLexicon.CONTEST.contains(lemma(t)) || SCORE.matcher(t.word()).matches()) return true;
    }
    return false;
  }

  boolean isBoth(int node) {
    for (int c : children.get(node)) {
      String l = lemma(toks.get(c));
      if (l.equals("both") || l.equals("two")) return true;
    }
    return false;
  }

  /** A noun's lemma and its modifiers' ("rubber bullets": bullet, rubber). */
  java.util.List<String> nounWords(int noun) {
    java.util.List<String> out = new java.util.ArrayList<>(java.util.List.of(lemma(toks.get(noun))));
    for (int c : children.get(noun)) {
      String r = rel(toks.get(c));
      if (r.equals("amod") || r.equals("compound")) out.add(lemma(toks.get(c)));
    }
    return out;
  }

  /** Lemmas of the dependents a pattern's parts may name. */
  Set<String> dependentWords(Token v) {
    Set<String> words = new HashSet<>();
    if (gerundHost(v) != null) {
      Token noun = toks.get(v.head());
      words.add(lemma(noun));
      for (int c : children.get(noun.index())) {
        String r = rel(toks.get(c));
        // "sending threatening messages": the noun's other modifiers are its words too
        if (r.equals("conj") || r.equals("amod") && c != v.index()) words.add(lemma(toks.get(c)));
      }
    }
    for (int c : children.get(v.index())) {
      Token ch = toks.get(c);
      String r = rel(ch);
      if (r.equals("obj") || r.equals("iobj") || r.equals("compound:prt") || r.equals("xcomp") || r.startsWith("obl")
          || r.equals("advmod") && ch.pos().equals("RB") // "hit back at", a particle the parser calls an adverb
          || r.equals("nsubj:pass") || r.equals("advcl") || r.equals("ccomp") || r.equals("cop")) {
        words.add(lemma(ch));
        words.add(ch.word().toLowerCase(Locale.ROOT));
        for (int cc : children.get(c)) {
          Token g = toks.get(cc);
          if (rel(g).equals("case") || rel(g).equals("mark") || rel(g).equals("compound") || rel(g).equals("amod")
              || rel(g).equals("advmod") && FrameWords.NEGATIONS.contains(lemma(g))) { // "pleaded not guilty"
            words.add(lemma(g));
          }
          if (rel(g).startsWith("nmod") || rel(g).equals("obl")) { // and what that is of: "rounds of tear gas"
            words.add(lemma(g));
            if (misreadModifier(ch)) { // "fired warning shots at"
              for (int w : children.get(cc)) if (rel(toks.get(w)).equals("case")) words.add(lemma(toks.get(w)));
            }
            for (int ggc : children.get(cc)) if (rel(toks.get(ggc)).startsWith("nmod")) words.addAll(nounWords(ggc));
          }
        }
      }
    }
    return words;
  }
}
