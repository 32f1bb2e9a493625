package org.sitrep.model;

import org.jspecify.annotations.Nullable;

/**
 * Who acts or is acted upon, in CAMEO terms.
 *
 * @param name canonical name of a person or organisation, null for unnamed groups ("American officials")
 * @param country ISO 3166 alpha-3 code of the state the actor acts for, or the CAMEO known-group code of
 *     an international organisation (NAT, UNO, EEC); null when not known
 * @param role CAMEO type code (GOV, MIL, COP, JUD, LEG, OPP, REB, MED, BUS, CVL, IGO, NGO, ...), null
 *     when not known
 */
public record Actor(@Nullable String name, @Nullable String country, @Nullable String role) {

  /** Country and role, the part of an actor that event matching compares: {@code RUS GOV}. */
  public String code() {
    return (country == null ? "---" : country) + (role == null ? "" : " " + role);
  }
}
