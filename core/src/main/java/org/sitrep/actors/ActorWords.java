package org.sitrep.actors;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sitrep.internal.Lexicon;
import org.sitrep.model.ActorMention;

/** The word lists, role sets and word tests the resolver's parts share (the lists themselves are data files). */
final class ActorWords {
  private ActorWords() {}

  static final Set<String> HONORIFICS = Set.copyOf(Lexicon.lines(ActorResolver.class, "honorifics.txt"));
  static final Set<String> MODIFIERS = Set.copyOf(Lexicon.lines(ActorResolver.class, "role-modifiers.txt"));
  /** Collective nouns a role adjective makes a body of that role ("a paramilitary group"). */
  static final Set<String> GROUP_NOUNS = Set.copyOf(Lexicon.lines(ActorResolver.class, "group-nouns.txt"));
  static final Set<String> STATE_ROLES = Set.of("GOV", "JUD", "COP", "MIL", "LEG");
  /** Roles whose bearers belong where they act: the state's, and protesters. */
  static final Set<String> LOCAL_ROLES =
      Stream.concat(STATE_ROLES.stream(), Stream.of("OPP")).collect(Collectors.toUnmodifiableSet());
  static final Set<String> NON_STATE = Set.of("CVL", "OPP", "REF", "CRM", "REB", "UAF", "EDU", "HLH", "BUS", "LAB", "ELI", "MED", "AGR", "REL");
  static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her", "his");
  static final Set<String> GROUP_PRONOUNS = Set.of("they", "them");
  /** Titles whose "to X" names the posting, not the holder's state: "ambassador to the EU". */
  static final Set<String> POSTED = Set.of("ambassador", "envoy", "representative", "emissary");

  static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "we", "us", "our");
  static final String QUOTED_FIRST_PERSON = "quoted first person";

  static final List<List<String>> PAIR_PHRASES = Lexicon.lines(ActorResolver.class, "pair-phrases.txt").stream()
      .map(l -> List.of(l.strip().split("\\s+"))).toList();

  static final Set<String> AFFILIATION_PREPOSITIONS = Set.of("at", "of", "for", "with", "from");

  static final Set<String> NOT_NAMES = Set.copyOf(Lexicon.lines(ActorResolver.class, "not-name-parts.txt"));

  /** Bodies that sit abroad by definition. */
  private static final Set<String> POSTED_BODIES = Set.of("embassy", "embassies", "consulate", "consulates");

  /** An ambassador, an envoy, an embassy: where they are posted is not whom they act for. */
  static boolean isPosted(ActorMention m) {
    for (String w : m.mention().toLowerCase(Locale.ROOT).split("\\s+")) { // "the embassy in Damascus" too
      if (isPostedWord(w)) return true;
    }
    return false;
  }

  /** "ambassador", "envoy", "embassy", "consulate" (lower case). */
  static boolean isPostedWord(String w) {
    return POSTED.contains(w) || POSTED_BODIES.contains(w);
  }

  /** Whether the word before the mention is "foreign" ("foreign forces", "foreign journalists"). */
  static boolean isForeign(String text, ActorMention m) {
    int end = Math.min(m.start(), text.length());
    int i = end;
    while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) i--;
    int j = i;
    while (j > 0 && Character.isLetter(text.charAt(j - 1))) j--;
    return text.substring(j, i).equalsIgnoreCase("foreign");
  }
}
