package org.sitrep.watch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jspecify.annotations.Nullable;
import org.sitrep.coding.CameoCodebook;
import org.sitrep.store.StoredEvent;

/** The words both report writers use for actors, events and their attribution. */
final class ReportText {
  private ReportText() {}

  private static final CameoCodebook CODES = CameoCodebook.bundled();
  private static final ObjectMapper JSON = new ObjectMapper();

  static String actor(@Nullable String country, @Nullable String role) {
    if (country == null && role == null) return "—";
    return (country == null ? "?" : country) + (role == null ? "" : " " + role);
  }

  static String code(String cameo) {
    String name = CODES.get(cameo).name();
    return name.isEmpty() ? cameo : cameo + " " + name;
  }

  /** "RUS GOV → PRK GOV: 042 Make a visit" (or "RUS GOV: 012 …" with no target). */
  static String event(StoredEvent e) {
    return actor(e.sourceCountry(), e.sourceRole())
        + (e.targetCountry() == null && e.targetRole() == null ? "" : " → " + actor(e.targetCountry(), e.targetRole()))
        + ": " + code(e.cameo());
  }

  /** "2024-06-14", with "(publication day)" when the text gave no date of its own. */
  static String date(StoredEvent e) {
    if (e.date() == null) return "undated";
    return e.date() + ("publication".equals(e.dateBasis()) ? " (publication day)" : "");
  }

  /** Who asserts it, by name or as country and role; null for the outlet's own voice. */
  static @Nullable String assertedBy(StoredEvent e) {
    JsonNode a = parse(e.assertedBy());
    if (a == null || "MED".equals(a.path("role").asText()) && a.path("country").isNull()) return null;
    String name = a.path("name").isTextual() ? a.path("name").asText() : null;
    String who = actor(a.path("country").isTextual() ? a.path("country").asText() : null,
        a.path("role").isTextual() ? a.path("role").asText() : null);
    return name != null ? name + " (" + who + ")" : who;
  }

  /** Who denies it, "PRK GOV, RUS GOV", or null. */
  static @Nullable String deniedBy(StoredEvent e) {
    JsonNode a = parse(e.deniedBy());
    if (a == null || !a.isArray() || a.isEmpty()) return null;
    StringBuilder out = new StringBuilder();
    for (JsonNode d : a) {
      if (out.length() > 0) out.append(", ");
      out.append(actor(d.path("country").isTextual() ? d.path("country").asText() : null,
          d.path("role").isTextual() ? d.path("role").asText() : null));
    }
    return out.toString();
  }

  private static @Nullable JsonNode parse(@Nullable String json) {
    if (json == null) return null;
    try {
      return JSON.readTree(json);
    } catch (java.io.IOException e) {
      return null;
    }
  }

  static String shorten(@Nullable String s, int max) {
    if (s == null) return "";
    String t = s.replaceAll("\\s+", " ").strip();
    return t.length() <= max ? t : t.substring(0, max - 1) + "…";
  }
}
