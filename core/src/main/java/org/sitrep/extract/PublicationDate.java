package org.sitrep.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * A date as a page states it: always a day, sometimes a time, sometimes a zone. Kept apart so that
 * Sitrep never invents a time or a zone the page did not give.
 */
record PublicationDate(LocalDate date, @Nullable LocalTime time, @Nullable ZoneOffset offset) {

  private static final DateTimeFormatter WITH_OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

  /** ISO-8601 with as much precision as is known. */
  String iso() {
    if (time == null) {
      return date.toString();
    }
    LocalDateTime ldt = LocalDateTime.of(date, time);
    return offset == null ? LOCAL.format(ldt) : WITH_OFFSET.format(ldt.atOffset(offset));
  }

  /** How much it says: a date with a zoned time beats a bare date. */
  int precision() {
    return time == null ? 1 : offset == null ? 2 : 3;
  }
}
