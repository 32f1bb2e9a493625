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

  private static final Map<String, Noun> NOUNS = load();

  private static Map<String, Noun> load() {
    Map<String, Noun> out = new HashMap<>();
    for (String line : Lexicon.lines(NominalEvents.class, "event-nouns.tsv")) {
      String[] f = line.split("\t");
      if (f.length != 3 || !(f[2].equals("directed") || f[2].equals("mutual"))) {
        throw new IllegalStateException("event-nouns.tsv: expected noun, code, directed|mutual in: " + line);
      }
      out.put(f[0], new Noun(f[1], f[2].equals("mutual")));
    }
    return Map.copyOf(out);
  }

  /** Whether the lemma names an act (for the coder's choice of sentences to parse). */
  static boolean isEventNoun(String lemma) {
    return NOUNS.containsKey(lemma);
  }

  @Override
  public void code(SentenceCoding sc) {
    for (Token n : sc.toks) {
      Noun noun = NOUNS.get(lemma(n));
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
