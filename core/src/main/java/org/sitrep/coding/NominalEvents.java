package org.sitrep.coding;

import static org.sitrep.coding.DependencyTree.lemma;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.internal.Lexicon;
import org.sitrep.actors.ActorIdentity;
import org.sitrep.model.ActorMention;
import org.sitrep.model.Event;
import org.sitrep.model.Token;

/**
 * Acts named by a noun rather than a verb ({@code event-nouns.tsv}): "the Ugandan offensive against the
 * rebels" codes UGA → the rebels 190, "Russia's attack on the port city", "sanctions by the EU on Iran",
 * "clashes between police and farmers". The source must be named — the noun's possessor, a demonym or actor
 * modifying it, or its "by" phrase; a noun with its participants only implied is not coded. Add a noun to the
 * data file.
 */
final class NominalEvents implements Construction {
  private record Noun(String code, boolean mutual) {}

  /** By noun lemma, then by the compound word it needs ("" for none): "strike" names an act only as "air strike". */
  private static final Map<String, Map<String, Noun>> NOUNS = load();

  private static Map<String, Map<String, Noun>> load() {
    Map<String, Map<String, Noun>> out = new HashMap<>();
    for (String line : Lexicon.lines(NominalEvents.class, "event-nouns.tsv")) {
      String[] f = line.split("\t");
      if (f.length != 3 || !(f[2].equals("directed") || f[2].equals("mutual"))) {
        throw new IllegalStateException("event-nouns.tsv: expected noun, code, directed|mutual in: " + line);
      }
      String[] words = f[0].split("\\+"); // "air+strike": the compound word, then the noun
      String modifier = words.length == 2 ? words[0] : "";
      out.computeIfAbsent(words[words.length - 1], k -> new HashMap<>()).put(modifier, new Noun(f[1], f[2].equals("mutual")));
    }
    return Map.copyOf(out);
  }

  /** Whether the lemma names an act, alone or with a compound word (for the coder's choice of sentences to parse). */
  static boolean isEventNoun(String lemma) {
    return NOUNS.containsKey(lemma);
  }

  /** The act the noun names: by its lemma alone, or with one of its compound words ("missile strike"). */
  private static @org.jspecify.annotations.Nullable Noun noun(SentenceCoding sc, Token n) {
    Map<String, Noun> byModifier = NOUNS.get(lemma(n));
    if (byModifier == null) return null;
    for (int c : sc.children.get(n.index())) {
      Noun q = sc.tree.rel(sc.toks.get(c)).equals("compound") ? byModifier.get(lemma(sc.toks.get(c))) : null;
      if (q != null) return q;
    }
    return byModifier.get("");
  }

  /** Verbs whose subject owns an act by taking responsibility for it. */
  private static final java.util.Set<String> OWNING = java.util.Set.of("claim", "take", "accept", "admit", "bear");

  /**
   * "The Houthis claimed responsibility for an attack on a US warship", "the group took responsibility for the
   * bombing": who takes responsibility for the act is its author.
   */
  private static List<ActorMention> claimants(SentenceCoding sc, Token n) {
    if (n.head() < 0 || !sc.tree.hasCase(n.index(), "for")) return List.of();
    Token resp = sc.toks.get(n.head());
    if (!lemma(resp).equals("responsibility") || resp.head() < 0) return List.of();
    Token verb = sc.toks.get(resp.head());
    return verb.isVerb() && OWNING.contains(lemma(verb)) ? sc.parts.subjectsOf(verb) : List.of();
  }

  @Override
  public void code(SentenceCoding sc) {
    for (Token n : sc.toks) {
      Noun noun = noun(sc, n);
      if (noun == null || !n.isNoun() || sc.tree.negated(n)) continue;
      Participants p = sc.parts;
      List<ActorMention> sources = new ArrayList<>();
      List<ActorMention> targets = new ArrayList<>();
      for (int c : sc.children.get(n.index())) {
        String r = sc.tree.rel(sc.toks.get(c));
        if (r.equals("nmod:poss") || r.equals("amod") || r.equals("compound")) sources.addAll(p.actorsOf(c));
      }
      // the noun's own words may carry the actor: "the Ugandan offensive" is one mention over both words
      for (ActorMention m : sc.actors.at(sc.s.index(), n.index())) {
        if (m.start() < n.begin()) sources.add(m);
      }
      sources.addAll(p.oblique(n.index(), "by"));
      if (sources.isEmpty()) sources.addAll(claimants(sc, n)); // "the Houthis claimed responsibility for the attack"
      if (noun.mutual()) {
        List<ActorMention> between = p.distinct(p.oblique(n.index(), "between"));
        if (sources.isEmpty() && between.size() >= 2) {
          sources.add(between.get(0));
          targets.add(between.get(1));
        } else {
          targets.addAll(between);
          targets.addAll(p.oblique(n.index(), "with"));
        }
      } else {
        targets.addAll(p.oblique(n.index(), "against"));
        targets.addAll(p.oblique(n.index(), "on"));
        targets.addAll(p.oblique(n.index(), "into")); // "an inquiry into the ministry", "an incursion into Syria"
        if (targets.isEmpty()) targets.addAll(p.nominal(n.index(), "against"));
        // "WeWork faces scrutiny from the SEC", "Minsk faced new sanctions from the EU": the one who faces it
        // undergoes it, the one it comes from does it
        if (n.head() >= 0 && sc.tree.rel(n).equals("obj") && lemma(sc.toks.get(n.head())).equals("face")) {
          Token face = sc.toks.get(n.head());
          if (targets.isEmpty()) targets.addAll(p.subjectsOf(face));
          if (sources.isEmpty()) sources.addAll(p.oblique(n.index(), "from"));
          if (sources.isEmpty()) sources.addAll(p.oblique(face.index(), "from"));
        }
      }
      // the clause the noun sits in gives the act its modality, date and place ("the offensive will resume
      // next week", "..., officials said")
      Token clause = n;
      for (int up = 0; up < 3 && !clause.isVerb() && clause.head() >= 0; up++) clause = sc.toks.get(clause.head());
      if (!clause.isVerb()) clause = n;
      for (ActorMention src : p.distinct(sources)) {
        for (ActorMention tgt : p.distinct(targets)) {
          if (ActorIdentity.same(src, tgt)) continue;
          Event e = sc.event(clause, src, tgt, noun.code(), "noun " + lemma(n));
          if (e != null) sc.put(e);
        }
      }
    }
  }
}
