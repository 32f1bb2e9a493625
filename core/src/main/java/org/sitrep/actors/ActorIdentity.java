package org.sitrep.actors;

import java.util.Locale;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorMention;

/**
 * When two mentions or two actors are the same actor: the one home of that question for the coder and
 * the resolver. A person is one actor by name; a group or office by country and role; two unnamed
 * offices of one state are two actors unless one's words contain the other's ("the ministry", "the
 * foreign ministry").
 */
public final class ActorIdentity {
  private ActorIdentity() {}

  /** Whether two mentions are one actor: two named people are one only by name ("Duvall urged Trump"). */
  public static boolean same(ActorMention a, ActorMention b) {
    if (a.actor().name() != null && b.actor().name() != null && ActorResolver.isPerson(a) && ActorResolver.isPerson(b)) {
      return a.actor().name().equals(b.actor().name());
    }
    // two bodies of one country under two names ("the Labour Party accused the Conservative Party") are two actors
    if (a.actor().name() != null && b.actor().name() != null && !a.actor().name().equals(b.actor().name())) return false;
    // "Webb grabbed the girl": a named private person is not the unnamed civilian they act on
    boolean aNamed = a.actor().name() != null && ActorResolver.isPerson(a);
    boolean bNamed = b.actor().name() != null && ActorResolver.isPerson(b);
    if (aNamed != bNamed && (aNamed ? b : a).actor().name() == null && "CVL".equals((aNamed ? b : a).actor().role())) {
      return false;
    }
    if (a.actor().name() == null && b.actor().name() == null && a.rule().startsWith("role") && b.rule().startsWith("role")) {
      // "the mayor of Rotterdam" wrote to "the Dutch prime minister": two offices of one state; "the
      // ministry" and "the foreign ministry" are one
      String x = bare(a.mention());
      String y = bare(b.mention());
      if (!x.contains(y) && !y.contains(x)) return false;
    }
    return java.util.Objects.equals(a.actor().country(), b.actor().country())
        && (java.util.Objects.equals(a.actor().role(), b.actor().role()) || a.actor().name() != null
            && a.actor().name().equals(b.actor().name()));
  }

  /** One actor as a key: a person by name, a group by country and role ("security forces" twice). */
  public static String key(Actor a) {
    return a.country() + "/" + (a.name() != null ? a.name() : a.role());
  }

  /** The key under which the same actor, role and name is listed once among several mentions. */
  public static String listKey(Actor a) {
    return a.country() + "|" + a.role() + "|" + a.name();
  }

  /**
   * The key under which a mention counts once towards its country's share of the article: a leader named
   * twenty times does not make the article his country's.
   */
  public static String countingKey(ActorMention m) {
    return m.actor().country() + "|" + m.actor().role() + "|"
        + (m.actor().name() != null ? m.actor().name() : m.mention().toLowerCase(Locale.ROOT));
  }

  /**
   * One person under one name: a surname the document first gave in full stands for the full name; so does a
   * company's short form ({@link #shortCompanyName}), registered in {@code fullNames} by the resolver.
   */
  public static String personKey(String name, java.util.Map<String, String> fullNames) {
    return name.contains(" ") ? name : fullNames.getOrDefault(name.toLowerCase(Locale.ROOT), name);
  }

  private static final java.util.Set<String> DESIGNATORS = java.util.Set.copyOf(
      org.sitrep.internal.Lexicon.lines(ActorIdentity.class, "company-designators.txt").stream()
          .map(w -> w.strip().toLowerCase(Locale.ROOT)).toList());

  /**
   * The short form a company goes by after its full name: "SoftBank Group Corp" is "SoftBank", "Toyota Motor
   * Corp." is "Toyota Motor"; null when the name ends in no legal form or designator ({@code company-designators.txt}).
   * {@link #shortCompanyNames} adds the first word ("Toyota").
   */
  public static java.util.List<String> shortCompanyNames(String name) {
    String shortName = shortCompanyName(name);
    if (shortName == null) return java.util.List.of();
    int sp = shortName.indexOf(' ');
    // "Barrick Gold Corp" is "Barrick Gold" and, more often, "Barrick"
    return sp < 0 ? java.util.List.of(shortName) : java.util.List.of(shortName, shortName.substring(0, sp));
  }

  public static @org.jspecify.annotations.Nullable String shortCompanyName(String name) {
    String[] words = name.strip().split("\\s+");
    int end = words.length;
    while (end > 1 && DESIGNATORS.contains(words[end - 1].replace(".", "").replace(",", "").toLowerCase(Locale.ROOT))) end--;
    if (end == words.length || end == 0) return null;
    String shortName = String.join(" ", java.util.Arrays.copyOf(words, end)).replaceAll(",$", "");
    return shortName.isEmpty() ? null : shortName;
  }

  private static String bare(String mention) {
    String m = mention.toLowerCase(Locale.ROOT);
    return m.startsWith("the ") ? m.substring(4) : m;
  }
}
