package org.sitrep.cli;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sitrep.actors.Gazetteer;

/** What a user types for an actor filter: a code (RUS, nat) or a country's name (Russia, south korea). */
final class ActorCodes {
  private ActorCodes() {}

  private static final class Names {
    static final Map<String, String> COUNTRY_BY_NAME = load();

    private static Map<String, String> load() {
      Map<String, String> out = new HashMap<>();
      for (Gazetteer.Entry e : Gazetteer.standard().entries()) {
        if ((e.kind() == Gazetteer.Kind.COUNTRY || e.kind() == Gazetteer.Kind.ORGANISATION) && e.country() != null) {
          out.putIfAbsent(String.join(" ", e.words()).toLowerCase(Locale.ROOT), e.country());
        }
      }
      return out;
    }
  }

  /** The code for {@code value} (null stays null); an unknown name is refused with what is expected. */
  static @Nullable String of(@Nullable String value, String option) {
    if (value == null) return null;
    String v = value.strip();
    if (v.matches("[A-Za-z]{3}")) return v.toUpperCase(Locale.ROOT);
    String code = Names.COUNTRY_BY_NAME.get(v.toLowerCase(Locale.ROOT).replaceFirst("^the ", ""));
    if (code == null) {
      throw new IllegalArgumentException(option + " takes an ISO 3166 alpha-3 code (RUS), a CAMEO group (NAT, UNO) or"
          + " a country's name; '" + value + "' is none of them");
    }
    return code;
  }
}
