package org.sitrep.coding;

import java.util.Set;
import org.sitrep.model.ActorMention;

/**
 * Whose violence it is decides its CAMEO family. FIGHT (19) is "conventional military force": the force of
 * armies, police, governments and armed groups. The same verbs said of private people — a criminal, a
 * civilian, a company, a congregation — are ASSAULT (18), "unconventional violence": "gunmen attacked a
 * church" is 180, not 190, as an attacker's stabbing is 182, not 193. Applied to every coded act in one place
 * ({@link SentenceCoding#event}), so verb rows keep one code for the verb.
 */
final class ForceKinds {
  /** Roles whose violence is not conventional force. */
  private static final Set<String> PRIVATE = Set.of("CRM", "CVL", "BUS", "REL", "EDU", "MED", "HLH", "LAB", "AGR", "REF");

  private ForceKinds() {}

  /** {@code code}, or unconventional violence (180) when a private actor uses force (19x). */
  static String bySource(String code, ActorMention source) {
    if (!code.startsWith("19")) return code;
    String role = source.actor().role();
    return role != null && PRIVATE.contains(role) ? "180" : code;
  }
}
