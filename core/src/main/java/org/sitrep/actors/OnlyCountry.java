package org.sitrep.actors;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorMention;

/**
 * The last fallback: in an article that names one country and no other — every country, capital, city,
 * region, demonym and placed actor in it is of that country — the people and bodies it leaves unplaced
 * ("transit officers", "a passenger", "Employee Steve Castro") are that country's. A local story names
 * no second country; one that does (a visiting minister, a foreign economist's nationality) keeps its
 * unplaced mentions unplaced, as {@link ArticlePlacement}'s fallbacks would have left them.
 */
final class OnlyCountry {
  private OnlyCountry() {}

  /**
   * Places the unplaced mentions of {@code all} in the only country of {@code named} and of the placed
   * mentions, when there is exactly one (international bodies and known groups do not count).
   */
  static void place(Set<String> named, List<ActorMention> all, List<List<List<ActorMention>>> byToken, String text) {
    Set<String> countries = new TreeSet<>();
    for (String c : named) {
      if (!GroupCodes.isGroup(c)) countries.add(c);
    }
    for (ActorMention m : all) {
      String c = m.actor().country();
      if (c != null && !GroupCodes.isGroup(c)) countries.add(c);
    }
    if (countries.size() != 1) return;
    String only = countries.iterator().next();
    for (int i = 0; i < all.size(); i++) {
      ActorMention m = all.get(i);
      Actor a = m.actor();
      // a role says a person or a body acts here; a bare name may be a product or a team ("MacBook Pro")
      if (a.country() != null || a.role() == null || ActorWords.isForeign(text, m) || ActorWords.isPosted(m)) continue;
      ArticlePlacement.replace(all, i, byToken, new Actor(a.name(), only, a.role()), "+only country");
    }
  }
}
