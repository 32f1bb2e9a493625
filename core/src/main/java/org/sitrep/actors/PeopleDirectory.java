package org.sitrep.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sitrep.internal.Lexicon;
import org.sitrep.model.Actor;

/**
 * Named people with the posts they held and when ({@code petrarch-people.tsv}, converted from the PETRARCH-2
 * actor dictionaries by {@code scripts/petrarch-data.sh}): "Vladimir Putin" is RUS GOV from 1999, "Ban
 * Ki-moon" UNO IGO from 2007. A post is read against the article's date: a minister of 2010 is not one
 * today — out of office, a person keeps the country of the post nearest the date, with no role. A name
 * that two different people bear is not resolved. Thread-safe once loaded.
 */
public final class PeopleDirectory {
  /** One post: who, where, what, from when to when (ISO dates, null for open). */
  record Post(String name, String country, String role, @Nullable String from, @Nullable String to) {
    boolean covers(String date) {
      return (from == null || from.compareTo(date) <= 0) && (to == null || date.compareTo(to) <= 0);
    }
  }

  private static final class Holder {
    static final PeopleDirectory DEFAULT = load();
  }

  private final Map<String, List<Post>> byName = new HashMap<>();

  /** The bundled directory, loaded on first use. */
  public static PeopleDirectory standard() {
    return Holder.DEFAULT;
  }

  /** An empty directory (tests, or a deployment that wants none). */
  public static PeopleDirectory empty() {
    return new PeopleDirectory();
  }

  private static PeopleDirectory load() {
    PeopleDirectory d = new PeopleDirectory();
    for (String line : Lexicon.lines(PeopleDirectory.class, "petrarch-people.tsv")) {
      String[] f = line.split("\t", -1); // empty trailing dates are stripped with the line's white space
      if (f.length < 4) throw new IllegalStateException("petrarch-people.tsv: expected name, canonical, country, role in: " + line);
      String from = f.length > 4 && !f[4].isEmpty() ? f[4] : null;
      String to = f.length > 5 && !f[5].isEmpty() ? f[5] : null;
      d.add(f[0], new Post(f[1], f[2], f[3], from, to));
    }
    return d;
  }

  void add(String key, Post post) {
    byName.computeIfAbsent(key.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(post);
  }

  /**
   * The actor a name stands for on {@code date} (an ISO date or date-time; null for unknown): the post held
   * then, else an undated post, else the country of the post nearest the date with no role. Null for an
   * unknown name or a name two people bear.
   */
  public @Nullable Actor at(String name, @Nullable String date) {
    List<Post> posts = byName.get(name.toLowerCase(Locale.ROOT));
    if (posts == null) return null;
    String person = posts.get(0).name();
    for (Post p : posts) {
      if (!p.name().equals(person)) return null; // two people under one name
    }
    String day = date == null || date.length() < 10 ? null : date.substring(0, 10);
    Post undated = null;
    Post nearest = null;
    for (Post p : posts) {
      if (p.from() == null && p.to() == null) {
        if (undated == null) undated = p;
        continue;
      }
      if (day != null && p.covers(day)) return new Actor(person, p.country(), p.role());
      if (nearest == null || distance(p, day) < distance(nearest, day)) nearest = p;
    }
    if (undated != null) return new Actor(person, undated.country(), undated.role());
    if (nearest == null) return null;
    if (day == null && nearest.to() == null) return new Actor(person, nearest.country(), nearest.role());
    return new Actor(person, nearest.country(), null);
  }

  /** How far a post lies from a date, in days (0 when the date is unknown and the post is still open). */
  private static long distance(Post p, @Nullable String day) {
    if (day == null) return p.to() == null ? 0 : Long.MAX_VALUE / 2;
    java.time.LocalDate d = java.time.LocalDate.parse(day);
    long before = p.from() == null ? 0 : java.time.temporal.ChronoUnit.DAYS.between(d, parse(p.from()));
    long after = p.to() == null ? 0 : java.time.temporal.ChronoUnit.DAYS.between(parse(p.to()), d);
    return Math.max(0, Math.max(before, after));
  }

  private static java.time.LocalDate parse(String iso) {
    try {
      return java.time.LocalDate.parse(iso);
    } catch (java.time.format.DateTimeParseException e) {
      return java.time.LocalDate.of(Integer.parseInt(iso.substring(0, 4)), 1, 1); // "1999-13-45" in the source
    }
  }

  /**
   * A memory that asks {@code base} first, then this directory at the article's date, for people of the
   * countries the article names ({@code named}) or of international bodies: a name alone is weak evidence
   * ("John Carter" in a Nevada court story is not the New Zealand politician of that name).
   */
  ActorMemory over(ActorMemory base, @Nullable String date, java.util.Set<String> named) {
    return new ActorMemory() {
      @Override
      public void remember(Actor actor) {
        base.remember(actor);
      }

      @Override
      public @Nullable Actor recall(String name) {
        Actor known = base.recall(name);
        if (known != null) return known;
        Actor listed = at(name, date);
        if (listed == null || listed.country() == null) return listed;
        return named.contains(listed.country()) || GroupCodes.isGroup(listed.country()) ? listed : null;
      }
    };
  }
}
