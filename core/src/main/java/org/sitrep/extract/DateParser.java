package org.sitrep.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.internal.Lexicon;

/**
 * Reads the dates pages print, in machine form ({@code 2024-06-14T07:43:00-04:00}, RFC 1123) and in
 * the human forms of datelines: {@code Friday 14 June 2024 07:43 EDT}, {@code June 14, 2024, 7:43
 * a.m. ET}, {@code 14/06/2024 07:43}. Numeric day/month order is day-first unless the day cannot be
 * or the zone is North American. Thread-safe; tables load once.
 *
 * <p>All patterns are linear: no nested quantifiers, so pathological input costs O(n).
 */
final class DateParser {
  private static final Map<String, Integer> MONTHS = new HashMap<>();
  private static final Map<String, String> ZONES = Lexicon.table(DateParser.class, "time-zones.tsv");

  static {
    Lexicon.table(DateParser.class, "months.tsv").forEach((k, v) -> MONTHS.put(k, Integer.parseInt(v)));
  }

  private static final Pattern ISO = Pattern.compile(
      "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?\\s?(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2}(?!\\d))?)?");
  private static final Pattern TIME = Pattern.compile(
      "(?<![\\d:])(\\d{1,2})(?:[:.h](\\d{2})(?::(\\d{2}))?)?\\s?([aApP])\\.?\\s?[mM]\\.?(?![a-zA-Z])"
          + "|(?<![\\d:.])(\\d{1,2})[:h](\\d{2})(?::(\\d{2}))?(?![\\d:])");
  private static final Pattern WORD = Pattern.compile("\\p{L}+\\.?");
  private static final Pattern NUMERIC_DATE = Pattern.compile(
      "(?<!\\d)(\\d{1,4})([/.\\-])(\\d{1,2})\\2(\\d{2,4})(?!\\d)");
  private static final Pattern NUMBER = Pattern.compile("(?<![\\d:.])(\\d{1,4})(?:st|nd|rd|th)?(?![\\d:])");
  private static final Pattern OFFSET = Pattern.compile("(?:UTC|GMT)?\\s?([+-])(\\d{1,2})(?::?(\\d{2}))?(?!\\d)");
  private static final Pattern ZONE_WORD = Pattern.compile("(?<![\\p{L}])([A-Z]{1,5})(?![\\p{L}])");

  private DateParser() {}

  /** The date in {@code text}, or null when there is none. Text longer than 200 chars is cut. */
  static @Nullable PublicationDate parse(@Nullable String text) {
    if (text == null) {
      return null;
    }
    String s = text.length() > 200 ? text.substring(0, 200) : text;
    s = s.strip();
    if (!hasTwoDigits(s)) {
      return null; // every form read here has a year: most lines of text are ruled out at once
    }
    PublicationDate iso = parseIso(s);
    return iso != null ? iso : parseHuman(s);
  }

  /** Whether the text has at least two digits (a year, or day and month with a two-digit year). */
  private static boolean hasTwoDigits(String s) {
    int digits = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i)) && ++digits >= 2) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable PublicationDate parseIso(String s) {
    Matcher m = ISO.matcher(s);
    if (!m.find()) {
      return null;
    }
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      if (m.group(4) == null) {
        return new PublicationDate(date, null, null);
      }
      LocalTime time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
          m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
      ZoneOffset offset = null;
      String z = m.group(7);
      if (z != null) {
        offset = z.equals("Z") ? ZoneOffset.UTC : ZoneOffset.of(normaliseOffset(z));
      } else {
        offset = zoneAfter(s.substring(m.end()), date, time);
      }
      return new PublicationDate(date, time, offset);
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static String normaliseOffset(String z) {
    if (z.length() == 5 && z.charAt(3) != ':') {
      return z.substring(0, 3) + ":" + z.substring(3);
    }
    return z;
  }

  private static @Nullable PublicationDate parseHuman(String s) {
    Integer year = null;
    Integer month = null;
    Integer day = null;
    boolean usZone = false;
    LocalTime time = null;
    int timeEnd = -1;
    String rest = s;

    Matcher tm = TIME.matcher(s);
    if (tm.find()) {
      try {
        if (tm.group(1) != null) {
          int h = Integer.parseInt(tm.group(1)) % 12;
          if (Character.toLowerCase(tm.group(4).charAt(0)) == 'p') {
            h += 12;
          }
          time = LocalTime.of(h, tm.group(2) == null ? 0 : Integer.parseInt(tm.group(2)),
              tm.group(3) == null ? 0 : Integer.parseInt(tm.group(3)));
        } else {
          time = LocalTime.of(Integer.parseInt(tm.group(5)), Integer.parseInt(tm.group(6)),
              tm.group(7) == null ? 0 : Integer.parseInt(tm.group(7)));
        }
        timeEnd = tm.end();
        rest = s.substring(0, tm.start()) + " " + s.substring(tm.end());
      } catch (DateTimeException e) {
        time = null;
      }
    }
    String zoneText = timeEnd >= 0 ? s.substring(timeEnd) : "";
    String abbreviation = zoneAbbreviation(zoneText);
    if (abbreviation != null) {
      usZone = isNorthAmerican(ZONES.get(abbreviation.toLowerCase(Locale.ROOT)));
    }

    Matcher nd = NUMERIC_DATE.matcher(rest);
    if (nd.find()) {
      int a = Integer.parseInt(nd.group(1));
      int b = Integer.parseInt(nd.group(3));
      int c = Integer.parseInt(nd.group(4));
      if (nd.group(1).length() == 4) {
        year = a; month = b; day = c;
      } else {
        year = c < 100 ? 2000 + c : c;
        boolean monthFirst = usZone || (a <= 12 && b > 12 && !nd.group(2).equals("."));
        if (a > 12) {
          monthFirst = false;
        }
        if (monthFirst) { month = a; day = b; } else { day = a; month = b; }
      }
    } else {
      Matcher w = WORD.matcher(rest);
      int monthEnd = -1;
      int monthStart = -1;
      while (w.find()) {
        String word = w.group().toLowerCase(Locale.ROOT);
        if (word.endsWith(".")) {
          word = word.substring(0, word.length() - 1);
        }
        Integer mo = MONTHS.get(word);
        if (mo != null && !(word.equals("may") && !Character.isUpperCase(w.group().charAt(0)))
            && !(word.equals("mar") && !Character.isUpperCase(w.group().charAt(0)))) {
          month = mo;
          monthStart = w.start();
          monthEnd = w.end();
          break;
        }
      }
      if (month == null) {
        return null;
      }
      Matcher n = NUMBER.matcher(rest);
      int bestDayDistance = Integer.MAX_VALUE;
      while (n.find()) {
        String g = n.group(1);
        int v = Integer.parseInt(g);
        if (g.length() == 4 && v >= 1900 && v <= 2200) {
          if (year == null) {
            year = v;
          }
        } else if (g.length() <= 2 && v >= 1 && v <= 31) {
          int distance = n.start() >= monthEnd ? n.start() - monthEnd : monthStart - n.end();
          if (distance < bestDayDistance && distance <= 3) {
            bestDayDistance = distance;
            day = v;
          }
        }
      }
    }
    if (year == null || month == null || day == null) {
      return null;
    }
    try {
      LocalDate date = LocalDate.of(year, month, day);
      ZoneOffset offset = time == null ? null : zoneAfter(zoneText, date, time);
      return new PublicationDate(date, time, offset);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static @Nullable String zoneAbbreviation(String after) {
    Matcher z = ZONE_WORD.matcher(after);
    if (z.find() && z.start() <= 3 && ZONES.containsKey(z.group(1).toLowerCase(Locale.ROOT))) {
      return z.group(1);
    }
    return null;
  }

  private static boolean isNorthAmerican(@Nullable String zone) {
    if (zone == null) {
      return false;
    }
    if (zone.startsWith("America/")) {
      return true;
    }
    return zone.startsWith("-0") && !zone.equals("-03:00") && !zone.equals("-02:30") && !zone.equals("-03:30");
  }

  /** The zone printed right after a time, as an offset valid on that date. */
  private static @Nullable ZoneOffset zoneAfter(String after, LocalDate date, LocalTime time) {
    String head = after.length() > 16 ? after.substring(0, 16) : after;
    Matcher o = OFFSET.matcher(head);
    if (o.find() && o.start() <= 4) {
      int hours = Integer.parseInt(o.group(2));
      int minutes = o.group(3) == null ? 0 : Integer.parseInt(o.group(3));
      if (hours <= 14 && minutes < 60) {
        int sign = o.group(1).equals("-") ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
      }
    }
    String abbreviation = zoneAbbreviation(head);
    if (abbreviation == null) {
      return null;
    }
    String zone = ZONES.get(abbreviation.toLowerCase(Locale.ROOT));
    if (zone.startsWith("+") || zone.startsWith("-")) {
      return ZoneOffset.of(zone);
    }
    return ZoneId.of(zone).getRules().getOffset(LocalDateTime.of(date, time));
  }
}
