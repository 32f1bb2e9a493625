package org.sitrep.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.Sentence;
import org.sitrep.model.TimeExpression;

/**
 * Finds temporal expressions in English news text and normalises them against the article's
 * publication date: "on Monday" in an article of Friday 14 June 2024 is 2024-06-10, "last September"
 * is 2023-09, "in the coming weeks" is the interval 2024-06-14/2024-07-12.
 *
 * <p>Values keep the precision of the text: a day ({@code 2024-06-10}), a month ({@code 2023-09}), a
 * year ({@code 2023}) or an interval ({@code start/end}). A weekday or a month without a year is taken
 * as the latest one on or before publication, unless the sentence speaks of the future ("will",
 * "next", "is due to"), then as the next one. Without a publication date only absolute expressions are
 * normalised. SUTime does this too, at a fraction of the speed and with the default NER pipeline.
 */
public final class TimeNormalizer {
  private TimeNormalizer() {}

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
      Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
      Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
      Map.entry("sept", 9), Map.entry("sep", 9), Map.entry("october", 10), Map.entry("oct", 10),
      Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));
  private static final Map<String, Integer> NUMBERS = Map.of(
      "a", 1, "one", 1, "two", 2, "three", 3, "four", 4, "five", 5, "six", 6, "several", 3, "few", 3);

  private static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
  private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

  /** Alternatives tried at each position, longest first. Group names say what each part is. */
  private static final Pattern EXPR = Pattern.compile(
      "\\b(?:"
          + "(?<iso>(?:19|20)\\d\\d-\\d\\d-\\d\\d)"
          + "|(?<dmy>\\d{1,2})(?:st|nd|rd|th)? " + MONTH.replace("(", "(?<dmyM>") + ",? (?<dmyY>(?:19|20)\\d\\d)"
          + "|" + MONTH.replace("(", "(?<mdyM>") + " (?<mdy>\\d{1,2})(?:st|nd|rd|th)?,? (?<mdyY>(?:19|20)\\d\\d)\\b"
          + "|(?<dm>\\d{1,2})(?:st|nd|rd|th)? (?:of )?" + MONTH.replace("(", "(?<dmM>")
          + "|" + MONTH.replace("(", "(?<mdM>") + " (?<md>\\d{1,2})(?:st|nd|rd|th)?\\b(?!,? \\d)"
          + "|(?<myQ>last|next|this|early|late|mid-?)?\\s?" + MONTH.replace("(", "(?<myM>") + ",? (?<myY>(?:19|20)\\d\\d)"
          + "|(?<mQ>last|next|this|(?:in|since|until|by|from|during|early|late|mid-?|(?:earlier|later) in)) " + MONTH.replace("(", "(?<mM>") + "\\b(?! \\d)"
          + "|(?<wQ>last|next|this|on|on last|on next|since|until|by)? ?" + WEEKDAY.replace("(", "(?<wD>") + "(?:'s)?"
          + "(?: (?<wPart>morning|afternoon|evening|night))?"
          + "|(?<rel>yesterday|today|tonight|tomorrow|this (?:morning|afternoon|evening|week|month|year))"
          + "|(?<lnQ>last|next|past|previous|coming) (?<lnU>week|weekend|month|year)"
          + "|(?<ew>earlier|later) this (?<ewU>week|month|year)"
          + "|(?:in |over |within )?the (?<cQ>coming|next|past|last|previous) (?:(?<cN>two|three|four|five|six|few|several|\\d+) )?(?<cU>days|weeks|months|years)"
          + "|(?<agoN>\\d+|a|one|two|three|four|five|six|several|few) (?<agoU>days?|weeks?|months?|years?) ago"
          + "|(?<yQ>in|since|by|until|from|during|of|early|late|mid-?|before|after) (?<y>(?:19|20)\\d\\d)\\b(?![-,.]\\d)"
          + ")",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern FUTURE = Pattern.compile(
      "\\b(will|shall|'ll|is due|are due|is set to|are set to|is expected to|are expected to|plans? to|planning to|going to|scheduled)\\b",
      Pattern.CASE_INSENSITIVE);

  /** Every temporal expression of the sentences, in text order. */
  public static List<TimeExpression> find(List<Sentence> sentences, String text, @Nullable String published) {
    LocalDate anchor = anchor(published);
    List<TimeExpression> out = new ArrayList<>();
    for (Sentence s : sentences) {
      boolean future = FUTURE.matcher(s.text()).find();
      Matcher m = EXPR.matcher(s.text());
      while (m.find()) {
        String value;
        try {
          value = value(m, anchor, future);
        } catch (java.time.DateTimeException e) {
          value = null;
        }
        if (value != null) {
          String t = m.group().strip();
          int start = s.begin() + m.start() + (m.group().length() - m.group().stripLeading().length());
          out.add(new TimeExpression(t, start, start + t.length(), value, s.index()));
        }
      }
    }
    return out;
  }

  /** The value of one expression in a sentence of its own, for tests and for callers with no parse. */
  public static @Nullable String normalise(String expression, @Nullable String published) {
    Matcher m = EXPR.matcher(expression);
    if (!m.find()) {
      return null;
    }
    return value(m, anchor(published), FUTURE.matcher(expression).find());
  }

  static @Nullable LocalDate anchor(@Nullable String published) {
    if (published == null || published.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(published.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static @Nullable String value(Matcher m, @Nullable LocalDate anchor, boolean future) {
    if (m.group("iso") != null) {
      return LocalDate.parse(m.group("iso")).toString();
    }
    if (m.group("dmy") != null) {
      return LocalDate.of(Integer.parseInt(m.group("dmyY")), month(m.group("dmyM")),
          Integer.parseInt(m.group("dmy"))).toString();
    }
    if (m.group("mdy") != null) {
      return LocalDate.of(Integer.parseInt(m.group("mdyY")), month(m.group("mdyM")),
          Integer.parseInt(m.group("mdy"))).toString();
    }
    if (m.group("myM") != null) {
      return YearMonth.of(Integer.parseInt(m.group("myY")), month(m.group("myM"))).toString();
    }
    if (m.group("y") != null) {
      return m.group("y");
    }
    if (anchor == null) {
      return null;
    }
    if (m.group("dm") != null || m.group("mdM") != null) {
      int month = month(m.group("dm") != null ? m.group("dmM") : m.group("mdM"));
      int day = Integer.parseInt(m.group("dm") != null ? m.group("dm") : m.group("md"));
      LocalDate d = LocalDate.of(anchor.getYear(), month, day);
      if (future && d.isBefore(anchor)) {
        d = d.plusYears(1);
      } else if (!future && d.isAfter(anchor.plusDays(1))) {
        d = d.minusYears(1);
      }
      return d.toString();
    }
    if (m.group("mM") != null) {
      String q = m.group("mQ").toLowerCase(Locale.ROOT);
      int month = month(m.group("mM"));
      if (m.group("mM").equalsIgnoreCase("may") && !q.equals("in") && !q.equals("last") && !q.equals("next")
          && !q.equals("since") && !q.equals("until") && !q.equals("early") && !q.equals("late")) {
        return null; // "by May" reads as a date, but "this may" and "may" as a verb are common
      }
      YearMonth cur = YearMonth.from(anchor);
      YearMonth ym = YearMonth.of(anchor.getYear(), month);
      boolean fwd = q.equals("next") || (future && !q.equals("last") && !q.equals("since"));
      if (q.equals("last")) {
        if (!ym.isBefore(cur)) ym = ym.minusYears(1);
      } else if (q.equals("this")) {
        // the month of this year
      } else if (fwd) {
        if (ym.isBefore(cur)) ym = ym.plusYears(1);
      } else if (ym.isAfter(cur)) {
        ym = ym.minusYears(1);
      }
      return ym.toString();
    }
    if (m.group("wD") != null) {
      DayOfWeek dow = DayOfWeek.valueOf(m.group("wD").toUpperCase(Locale.ROOT));
      String q = m.group("wQ") == null ? "" : m.group("wQ").toLowerCase(Locale.ROOT);
      boolean fwd = q.contains("next") || (future && !q.contains("last") && !q.equals("since"));
      LocalDate d;
      if (fwd) {
        d = anchor.with(TemporalAdjusters.nextOrSame(dow));
        if (q.contains("next") && d.equals(anchor)) d = d.plusWeeks(1);
      } else if (q.contains("last")) {
        d = anchor.with(TemporalAdjusters.previous(dow));
      } else {
        d = anchor.with(TemporalAdjusters.previousOrSame(dow));
      }
      return d.toString();
    }
    if (m.group("rel") != null) {
      String r = m.group("rel").toLowerCase(Locale.ROOT);
      return switch (r) {
        case "yesterday" -> anchor.minusDays(1).toString();
        case "tomorrow" -> anchor.plusDays(1).toString();
        case "this week" -> week(anchor);
        case "this month" -> YearMonth.from(anchor).toString();
        case "this year" -> String.valueOf(anchor.getYear());
        default -> anchor.toString();
      };
    }
    if (m.group("lnU") != null) {
      String q = m.group("lnQ").toLowerCase(Locale.ROOT);
      int sign = q.equals("next") || q.equals("coming") ? 1 : -1;
      return switch (m.group("lnU").toLowerCase(Locale.ROOT)) {
        case "week" -> week(anchor.plusWeeks(sign));
        case "weekend" -> {
          LocalDate sat = sign > 0 ? anchor.with(TemporalAdjusters.next(DayOfWeek.SATURDAY))
              : anchor.with(TemporalAdjusters.previous(DayOfWeek.SATURDAY));
          yield sat + "/" + sat.plusDays(1);
        }
        case "month" -> YearMonth.from(anchor).plusMonths(sign).toString();
        default -> String.valueOf(anchor.getYear() + sign);
      };
    }
    if (m.group("ewU") != null) {
      boolean earlier = m.group("ew").equalsIgnoreCase("earlier");
      LocalDate start = switch (m.group("ewU").toLowerCase(Locale.ROOT)) {
        case "week" -> anchor.with(DayOfWeek.MONDAY);
        case "month" -> anchor.withDayOfMonth(1);
        default -> anchor.withDayOfYear(1);
      };
      LocalDate end = switch (m.group("ewU").toLowerCase(Locale.ROOT)) {
        case "week" -> anchor.with(DayOfWeek.SUNDAY);
        case "month" -> anchor.with(TemporalAdjusters.lastDayOfMonth());
        default -> anchor.with(TemporalAdjusters.lastDayOfYear());
      };
      return earlier ? start + "/" + anchor : anchor + "/" + end;
    }
    if (m.group("cU") != null) {
      String q = m.group("cQ").toLowerCase(Locale.ROOT);
      int n = m.group("cN") == null ? 0 : count(m.group("cN"));
      String unit = m.group("cU").toLowerCase(Locale.ROOT);
      boolean fwd = q.equals("coming") || q.equals("next");
      LocalDate other = shift(anchor, unit, n == 0 ? defaultSpan(unit) : n, fwd ? 1 : -1);
      return fwd ? anchor + "/" + other : other + "/" + anchor;
    }
    if (m.group("agoU") != null) {
      int n = count(m.group("agoN"));
      String unit = m.group("agoU").toLowerCase(Locale.ROOT);
      LocalDate d = shift(anchor, unit, n, -1);
      if (unit.startsWith("day")) return d.toString();
      if (unit.startsWith("week")) return week(d);
      if (unit.startsWith("month")) return YearMonth.from(d).toString();
      return String.valueOf(d.getYear());
    }
    return null;
  }

  /** "the coming weeks" without a number: how far ahead a reader takes it to reach. */
  private static int defaultSpan(String unit) {
    return unit.startsWith("day") ? 7 : unit.startsWith("week") ? 4 : unit.startsWith("month") ? 6 : 2;
  }

  private static LocalDate shift(LocalDate d, String unit, int n, int sign) {
    if (unit.startsWith("day")) return d.plusDays((long) sign * n);
    if (unit.startsWith("week")) return d.plusWeeks((long) sign * n);
    if (unit.startsWith("month")) return d.plusMonths((long) sign * n);
    return d.plusYears((long) sign * n);
  }

  private static String week(LocalDate d) {
    LocalDate mon = d.with(DayOfWeek.MONDAY);
    return mon + "/" + mon.plusDays(6);
  }

  private static int count(String s) {
    Integer n = NUMBERS.get(s.toLowerCase(Locale.ROOT));
    return n != null ? n : Integer.parseInt(s);
  }

  private static int month(String name) {
    Integer m = MONTHS.get(name.toLowerCase(Locale.ROOT).replace(".", ""));
    if (m == null) throw new java.time.DateTimeException("month " + name);
    return m;
  }
}
