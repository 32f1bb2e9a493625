package org.sitrep.actors;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.Actor;

/**
 * What earlier documents established about named actors: once one article says "Kremlin spokesperson
 * Dmitry Peskov", a later one that says only "Peskov" resolves to RUS GOV too. Keys are the full name
 * and the surname; a surname shared by two remembered people with different codes is not used.
 */
public interface ActorMemory {

  /** Remembers a named actor with a country. */
  void remember(Actor actor);

  /** The actor known by this full name or surname, or null. */
  @Nullable Actor recall(String name);

  /** A memory held in this process only, seeded with the well-known people of {@code people.tsv}. */
  static ActorMemory inMemory() {
    InMemory m = new InMemory();
    for (String line : org.sitrep.internal.Lexicon.lines(ActorMemory.class, "people.tsv")) {
      String[] f = line.split("\t");
      m.remember(new Actor(f[0], f[1], f[2]));
    }
    return m;
  }

  /** A memory that remembers nothing (each document on its own). */
  static ActorMemory none() {
    return new ActorMemory() {
      @Override
      public void remember(Actor actor) {}

      @Override
      public @Nullable Actor recall(String name) {
        return null;
      }
    };
  }

  /** The default in-process memory. */
  final class InMemory implements ActorMemory {
    private static final Actor AMBIGUOUS = new Actor(null, null, null);
    private final Map<String, Actor> byName = new ConcurrentHashMap<>();

    @Override
    public void remember(Actor actor) {
      if (actor.name() == null || actor.country() == null) {
        return;
      }
      String full = actor.name().toLowerCase(Locale.ROOT);
      byName.put(full, actor);
      int sp = full.lastIndexOf(' ');
      if (sp > 0) {
        // two spellings of one name ("Alexander"/"Aleksandr Lukashenko"), or two namesakes acting for the same
        // country in the same role, code alike: the surname stays usable
        byName.merge(full.substring(sp + 1), actor,
            (old, neu) -> old.equals(neu) || old.name() != null && old.name().equals(neu.name()) ? neu
                : old != AMBIGUOUS && java.util.Objects.equals(old.country(), neu.country())
                    && java.util.Objects.equals(old.role(), neu.role()) ? old : AMBIGUOUS);
      }
    }

    @Override
    public @Nullable Actor recall(String name) {
      Actor a = byName.get(name.toLowerCase(Locale.ROOT));
      return a == AMBIGUOUS ? null : a;
    }
  }
}
