package org.sitrep.actors;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorMention;
import org.sitrep.model.AnalyzedArticle;

/**
 * "The city's chief executive", "the island's chief minister", "the country's top prosecutor": an office a
 * place possesses belongs to the place the text last named ({@link ArticlePlacement}'s first pass). A
 * business title held by a polity is a government one: a city's chief executive governs it.
 */
final class PossessivePlaces {
  private static final Pattern POLITY = Pattern.compile(
      "(?i)\\b(?:the\\s+)?(city|country|nation|island|state|province|region|territory|kingdom|republic|capital|emirate|county)(?:'s|’s)\\s*$");
  private static final Pattern INSIDE = Pattern.compile(
      "(?i),\\s*the\\s+(?:city|country|nation|island|state|province|region|territory|kingdom|republic|capital|emirate|county)(?:'s|’s)\\s");
  /** Sentences back that a place named may be taken from. */
  private static final int REACH = 2;

  private PossessivePlaces() {}

  static void place(AnalyzedArticle article, List<ActorMention> all, List<List<List<ActorMention>>> byToken,
      List<List<String>> placeCountries) {
    String text = article.article().text();
    for (int i = 0; i < all.size(); i++) {
      ActorMention m = all.get(i);
      if (m.actor().country() != null || m.actor().role() == null) continue;
      // before the office ("the city's chief executive") or inside a titled name ("Jane Doe, the state's governor")
      boolean before = m.actor().name() == null && POLITY.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find();
      if (!before && !(m.actor().name() != null && INSIDE.matcher(m.mention()).find())) continue;
      String country = lastPlace(all, placeCountries, m);
      if (country == null) continue;
      String role = "BUS".equals(m.actor().role()) ? "GOV" : m.actor().role();
      ArticlePlacement.replace(all, i, byToken, new Actor(m.actor().name(), country, role), "+place possessive");
    }
  }

  /**
   * The one country of the places named last before the mention (its sentence, else up to two before: the states
   * named, and the cities, regions and places the sentences are set in), or null.
   */
  private static @Nullable String lastPlace(List<ActorMention> all, List<List<String>> placeCountries, ActorMention m) {
    for (int s = m.sentence(); s >= Math.max(0, m.sentence() - REACH); s--) {
      Set<String> here = new HashSet<>();
      for (ActorMention o : all) {
        if (o.sentence() == s && (s < m.sentence() || o.end() <= m.start()) && o.actor().country() != null
            && o.rule().toLowerCase(Locale.ROOT).contains("metonym") && !GroupCodes.isGroup(o.actor().country())) {
          here.add(o.actor().country());
        }
      }
      if (s < placeCountries.size()) here.addAll(placeCountries.get(s));
      if (here.size() == 1) return here.iterator().next();
      if (here.size() > 1) return null;
    }
    return null;
  }
}
