package org.sitrep.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One coded event: who did what to whom, when and where, according to whom.
 *
 * @param source the actor who acts
 * @param target the actor acted upon, null when the act has none
 * @param cameo the CAMEO event code, leading zeros kept ("042", "0213")
 * @param root its first two digits
 * @param name the CAMEO name of the code, null when the reference table is not available
 * @param plover the PLOVER category, null for CAMEO 01 and 02 (which PLOVER drops)
 * @param goldstein the Goldstein score of the code, null when unknown
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param modality {@link Modality} of the act as the text presents it
 * @param assertedBy who asserts it: a speaker, a newspaper, or the outlet itself
 * @param deniedBy actors who deny or reject it
 * @param date the event's own date or interval (ISO-8601); when the text gives none, the article's publication
 *     day; null when neither is known
 * @param dateBasis where the date comes from: the text, or the publication day; null with the date
 * @param place where it happened, when stated
 * @param sentence index of the sentence that supports it
 * @param evidence the text of that sentence
 * @param rule the verb pattern that coded it
 */
public record Event(
    ActorMention source,
    @Nullable ActorMention target,
    String cameo,
    String root,
    @Nullable String name,
    @Nullable String plover,
    @Nullable Double goldstein,
    int quadClass,
    Modality modality,
    @Nullable Actor assertedBy,
    List<Actor> deniedBy,
    @Nullable String date,
    @Nullable DateBasis dateBasis,
    @Nullable Place place,
    int sentence,
    String evidence,
    String rule) {

  public Event {
    deniedBy = List.copyOf(deniedBy);
  }

  /** The same event told with another modality. */
  public Event withModality(Modality m) {
    return new Event(source, target, cameo, root, name, plover, goldstein, quadClass, m, assertedBy, deniedBy, date,
        dateBasis, place, sentence, evidence, rule);
  }

  /** The same event asserted by someone else. */
  public Event withAssertedBy(@Nullable Actor a) {
    return new Event(source, target, cameo, root, name, plover, goldstein, quadClass, modality, a, deniedBy, date,
        dateBasis, place, sentence, evidence, rule);
  }

  /** How the text presents an act. */
  public enum Modality {
    /** Stated as fact by the outlet. */
    HAPPENED,
    /** Known through someone's account: "X reported that", "reportedly", "according to". */
    REPORTED,
    /** Claimed by an interested party: an accusation, an allegation. */
    ALLEGED,
    /** Denied or rejected by someone (or negated by the outlet). */
    DENIED,
    /** Intended, expected or scheduled: "will visit", "plans to", "in the coming weeks". */
    PLANNED,
    /** Conditional or hypothetical: "if", "would", "could". */
    HYPOTHETICAL;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Where an event's date comes from. */
  public enum DateBasis {
    /** A date or interval the text states for the act ("on Monday", "in the coming weeks"). */
    TEXT,
    /** The text gives none: the day the article was published stands in. */
    PUBLICATION;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * A place.
   *
   * @param name as written
   * @param country ISO 3166 alpha-3, null when unknown
   */
  public record Place(String name, @Nullable String country) {}
}
