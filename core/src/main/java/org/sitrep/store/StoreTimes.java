package org.sitrep.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** The store's one time form: an ISO date or date-time as the UTC instant it orders by (null when unreadable). */
final class StoreTimes {
  private StoreTimes() {}

  /** "2024-06-14T07:43:00-04:00" → "2024-06-14T11:43:00Z"; a bare day is its midnight, UTC. */
  static @Nullable String utc(@Nullable String iso) {
    if (iso == null) {
      return null;
    }
    if (iso.length() == 10) {
      try {
        return LocalDate.parse(iso).atStartOfDay().toInstant(ZoneOffset.UTC).toString();
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    try {
      return OffsetDateTime.parse(iso).withOffsetSameInstant(ZoneOffset.UTC).toInstant().toString();
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC).toString();
      } catch (DateTimeParseException e2) {
        try {
          return LocalDate.parse(iso).atStartOfDay().toInstant(ZoneOffset.UTC).toString();
        } catch (DateTimeParseException e3) {
          return null;
        }
      }
    }
  }

}
