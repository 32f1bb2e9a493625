package org.sitrep.actors;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorMention;

/** What a pronoun stands for: the person ("he", "she") or the group ("they") named before it ({@link MentionResolver}). */
final class Antecedents {
  private Antecedents() {}

  /**
   * The person a pronoun most likely means: the last person named in this or the two sentences before,
   * else the last office holder mentioned by title alone ("the Chilean foreign minister"). When that
   * person is not placed, neither is the pronoun (rather than jump to someone else).
   */
  static @Nullable Actor lastPerson(List<ActorMention> sofar, int sentence, RoleLexicon roles) {
    return lastPerson(sofar, sentence, roles, "", 0);
  }

  /**
   * As {@link #lastPerson(List, int, RoleLexicon)} for a pronoun at {@code at} of {@code text}: people named inside a
   * quotation before it in its sentence are what was said, not the speaker ("“… Putin …,” she said").
   */
  static @Nullable Actor lastPerson(List<ActorMention> sofar, int sentence, RoleLexicon roles, String text, int at) {
    Actor office = null;
    int officeSentence = -1;
    for (int i = sofar.size() - 1; i >= 0; i--) {
      ActorMention m = sofar.get(i);
      if (m.sentence() < sentence - 2) break;
      if (m.sentence() == sentence && insideQuotation(text, m.end(), at)) continue;
      if (m.actor().name() != null && ActorResolver.isPerson(m)) {
        // an office holder named in a later sentence is the nearer antecedent ("Germany's foreign minister summoned
        // the ambassador. … she said" after "Dieter S." two sentences back)
        if (office != null && officeSentence > m.sentence()) return office;
        return m.actor(); // possibly not yet placed; the article-level pass may place both together
      }
      // of two offices in one sentence, the first named, its subject as a rule ("the foreign minister summoned the
      // ambassador")
      if ((office == null || m.sentence() == officeSentence) && m.actor().name() == null && m.rule().startsWith("role")
          && m.actor().country() != null) {
        String[] words = m.mention().toLowerCase(Locale.ROOT).split(" ");
        if (roles.isTitleHead(words[words.length - 1])) {
          office = m.actor();
          officeSentence = m.sentence();
        }
      }
    }
    // no one named: "The Chilean foreign minister held talks ... he said" is the office holder
    return office;
  }

  /** Whether the text between {@code from} and {@code to} closes a quotation it did not open. */
  static boolean insideQuotation(String text, int from, int to) {
    if (to <= from || to > text.length()) return false;
    int open = 0;
    int close = 0;
    int straight = 0;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == '“') open++;
      else if (c == '”') close++;
      else if (c == '"') straight++;
    }
    return close > open || straight % 2 == 1;
  }

  /**
   * What "they" most likely means: the last group named in a plural ("senators", "Iranian security
   * forces", "the protesters", "the Ukrainians") in this or the previous sentence, when it is the only such
   * group there.
   */
  static @Nullable Actor lastGroup(List<ActorMention> sofar, int sentence, int before) {
    Actor found = null;
    for (int i = sofar.size() - 1; i >= 0; i--) {
      ActorMention m = sofar.get(i);
      if (m.sentence() < sentence - 1) break;
      if (m.start() >= before || m.actor().role() == null) continue;
      boolean nation = m.rule().equals("demonym nation"); // "the Chinese", "the Ukrainians"
      if (!nation && !m.rule().startsWith("role") && !m.rule().equals("demonym")) continue;
      if (!nation && !m.mention().endsWith("s")) continue; // a plural group, roughly: "officials", "forces", "Iranians"
      if (found != null && !found.equals(m.actor())) return null; // two candidate groups: do not guess
      found = m.actor();
    }
    return found;
  }
}
