package org.sitrep.actors;

import java.util.HashSet;
import java.util.Set;

/** Which actor codes in the bundled organisations file are CAMEO known groups, not countries. */
final class GroupCodes {
  private GroupCodes() {}

  private static final Set<String> COUNTRIES = new HashSet<>();

  static {
    for (Gazetteer.Entry e : Gazetteer.standard().entries()) {
      // countries by their names only: "European" is a demonym of a group code (EEC)
      if (e.kind() == Gazetteer.Kind.COUNTRY && e.country() != null) {
        COUNTRIES.add(e.country());
      }
    }
  }

  static boolean isGroup(String code) {
    return !COUNTRIES.contains(code);
  }
}
