package org.sitrep.actors;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorMention;

/**
 * "Pakistan's military said its forces had killed twelve militants": a role group right after "its" or
 * "their" belongs to the body or state the pronoun stands for, when the bodies and states named before it
 * (in its sentence, else in the one before) are all of one country. Runs before {@link ArticlePlacement}'s
 * fallbacks, which would place it by the article's majority or the sentence's other countries instead.
 */
final class PossessivePronouns {
  private PossessivePronouns() {}

  private static final Pattern ITS_OR_THEIR = Pattern.compile("(?i)(?:^|\\s)(?:its|their)\\s+$");

  static void place(String text, List<ActorMention> all, List<List<List<ActorMention>>> byToken) {
    for (int i = 0; i < all.size(); i++) {
      ActorMention m = all.get(i);
      if (m.actor().country() != null || m.actor().role() == null || m.actor().name() != null) continue;
      if (!ITS_OR_THEIR.matcher(text.substring(Math.max(0, m.start() - 7), m.start())).find()) continue;
      ActorMention owner = antecedent(all, m);
      if (owner == null) continue;
      ArticlePlacement.replace(all, i, byToken, new Actor(null, owner.actor().country(), m.actor().role()), "+its");
    }
  }

  /**
   * The one country of the placed bodies and states named before the mention — role groups, organisations,
   * countries; not people ("its" is no person's) nor bare demonyms ("the Afghan border") — in its sentence,
   * else in the one before. Two countries there make "its" ambiguous ("Egypt jailed its reporters, the
   * Qatar-based broadcaster said"; "the US demanded that Russia withdraw its troops"): null.
   */
  private static @Nullable ActorMention antecedent(List<ActorMention> all, ActorMention m) {
    for (int s = m.sentence(); s >= Math.max(0, m.sentence() - 1); s--) {
      ActorMention found = null;
      for (ActorMention o : all) {
        if (o.sentence() != s || s == m.sentence() && o.end() > m.start() || o.actor().country() == null
            || o.actor().role() == null || ActorResolver.isPerson(o)
            || GroupCodes.isGroup(o.actor().country()) && !o.rule().contains("organisation")) {
          continue;
        }
        if (found != null && !found.actor().country().equals(o.actor().country())) return null;
        found = o;
      }
      if (found != null) return found;
    }
    return null;
  }
}
