package org.sitrep.coding;

import static org.sitrep.coding.DependencyTree.lemma;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sitrep.actors.Gazetteer;
import org.sitrep.actors.ResolvedActors;
import org.sitrep.model.ActorMention;
import org.sitrep.model.Event;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.Token;

/**
 * When and where an act happened: the date of a temporal expression attached to its verb, and the place
 * its "in"/"at"/"near" phrase names (the gazetteer's cities, regions and countries).
 */
final class Circumstances extends SentenceParts {
  private final List<TimeExpression> dates;
  private final VerbLexicon lexicon;
  private final Gazetteer gazetteer;

  Circumstances(DependencyTree tree, ResolvedActors actors, List<TimeExpression> dates, VerbLexicon lexicon,
      Gazetteer gazetteer) {
    super(tree, actors);
    this.dates = dates;
    this.lexicon = lexicon;
    this.gazetteer = gazetteer;
  }

  /** The date of a temporal expression attached to the verb (or to the verb it is coordinated with). */
  @Nullable String dateOf(Token v) {
    String fallback = null;
    for (TimeExpression d : dates) {
      if (d.sentence() != s.index()) continue;
      int tok = tree.tokenAt(d.end() - 1);
      if (tok < 0) continue;
      Token verb = governingPredicate(tok);
      if (verb == null) continue;
      if (verb.index() == v.index()) return d.value();
      if (rel(v).equals("conj") && v.head() == verb.index()) fallback = d.value();
    }
    return fallback;
  }

  @Nullable Token governingPredicate(int tok) {
    int cur = toks.get(tok).head();
    int guard = 0;
    while (cur >= 0 && guard++ < 30) {
      Token t = toks.get(cur);
      if (t.isVerb() || lexicon.patterns(lemma(t)).size() > 0 && (t.head() < 0 || rel(t).equals("root"))) return t;
      cur = t.head();
    }
    return null;
  }

  Event.@Nullable Place placeOf(Token v) {
    Event.Place p = namedPlaceUnder(v.index(), "obl");
    if (p != null) return p;
    return metonymPlaceOf(v);
  }

  /**
   * A city, country or capital named in an "in/at/near" phrase under {@code node} with a relation starting
   * {@code relPrefix} ("obl" on a verb, "nmod" on a noun: "a market in El Fasher", and "of" on a noun: "the city of
   * Kharkiv").
   */
  Event.@Nullable Place namedPlaceUnder(int node, String relPrefix) {
    for (int c : children.get(node)) {
      Token ch = toks.get(c);
      // on a noun, "of" too: "shelled the city of Kharkiv", "the port of Odesa", "the outskirts of Kyiv"
      boolean of = relPrefix.equals("nmod") && hasCase(c, "of");
      if (rel(ch).startsWith(relPrefix) && (hasCase(c, "in") || hasCase(c, "at") || hasCase(c, "near") || of)
          && ch.pos().startsWith("NNP")) {
        // a city, country or capital by name: the first token of the phrase that the gazetteer knows
        int from = c;
        for (int cc : children.get(c)) {
          String r = rel(toks.get(cc));
          if ((r.equals("compound") || r.equals("amod")) && cc < from) from = cc;
        }
        for (int k = from; k <= c; k++) {
          Gazetteer.Entry e = gazetteer.match(toks, k);
          if (e != null && e.kind() != Gazetteer.Kind.DEMONYM
              && e.kind() != Gazetteer.Kind.ORGANISATION) {
            String name = s.text().substring(toks.get(from).begin() - s.begin(), toks.get(c).end() - s.begin());
            return new Event.Place(name, e.country());
          }
        }
      }
    }
    return null;
  }

  /**
   * Whether the mention's own words name a country or its people ("three Iranian journalists", "a U.S. citizen"):
   * a nationality, which says who someone is, not where an act befell them (unlike "an Ohio man").
   */
  boolean namesNationality(ActorMention m) {
    for (Token t : toks) {
      if (t.begin() < m.start() || t.end() > m.end()) continue;
      Gazetteer.Entry e = gazetteer.match(toks, t.index());
      if (e != null && (e.kind() == Gazetteer.Kind.COUNTRY || e.kind() == Gazetteer.Kind.DEMONYM)) return true;
    }
    return false;
  }

  private Event.@Nullable Place metonymPlaceOf(Token v) {
    for (int c : children.get(v.index())) {
      Token ch = toks.get(c);
      if (rel(ch).startsWith("obl") && (hasCase(c, "in") || hasCase(c, "at"))) {
        for (ActorMention m : actors.at(s.index(), c)) {
          if (m.rule().endsWith("metonym")) {
            int from = c;
            for (int cc : children.get(c)) {
              if (rel(toks.get(cc)).equals("amod") && cc < from) from = cc;
            }
            int b = toks.get(from).begin();
            int e = toks.get(c).end();
            String name = s.text().substring(b - s.begin(), e - s.begin());
            return new Event.Place(name, m.actor().country());
          }
        }
      }
    }
    return null;
  }
}
