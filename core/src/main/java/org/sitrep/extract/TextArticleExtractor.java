package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads an article out of already-scraped text: a headline, maybe a standfirst, byline and
 * dateline, the body, and the page furniture the scraper kept (appeals, prompts, related
 * headlines, comment and registration lines).
 *
 * <p>The model: the text is a sequence of <em>units</em> (a line, or a paragraph when the text is
 * hard-wrapped). Each unit is classified by general signals: is it a date, a byline, furniture
 * (phrases and the voice of an appeal), prose? The body runs from the first to the last prose unit
 * that is not furniture (widened by short sentences standing alone next to it, a lede or a closing line); what
 * comes before it is the header (title, standfirst, byline, date, and
 * any teaser headline, dropped), what comes after is the trailer (a byline may sit there too).
 * Thread-safe: all state is per call.
 */
final class TextArticleExtractor {
  private static final Pattern BY_PREFIX = Pattern.compile("(?i)^(by|written by|words by|reporting by)\\s+\\S.*");
  private static final Pattern UPDATED = Pattern.compile("(?i)\\b(updated|modified|last updated|edited)\\b");
  private static final int MAX_UNITS = 20_000;

  private TextArticleExtractor() {}

  record Result(@Nullable String title, @Nullable String standfirst, List<String> authors,
      @Nullable PublicationDate published, @Nullable PublicationDate modified, List<String> paragraphs) {}

  private enum Kind { TITLE, STANDFIRST, BYLINE, DATE, FURNITURE, BODY, OTHER }

  private static final class Unit {
    final String text;
    final int words;
    final boolean prose;
    final @Nullable PublicationDate date;
    final boolean byline;
    boolean furniture;
    Kind kind = Kind.OTHER;

    Unit(String text) {
      this.text = text;
      this.words = FurnitureDetector.words(text);
      this.prose = BodyExtractor.endsLikeSentence(text);
      this.date = words <= 14 && !prose ? DateParser.parse(text) : null;
      this.byline = date == null && isByline(text);
      this.furniture = date == null && !byline && FurnitureDetector.isFurniture(text);
    }

    boolean bodyLike() {
      return !furniture && date == null && !byline && words >= 8 && (prose || words >= 25);
    }
  }

  static Result extract(String raw, Deadline deadline) throws ExtractionException {
    List<Unit> units = units(raw, deadline);
    if (units.isEmpty()) {
      throw ExtractionException.skip("no text after removing whitespace");
    }
    markAppealRuns(units);

    int first = -1;
    int last = -1;
    for (int i = 0; i < units.size(); i++) {
      if (units.get(i).bodyLike()) {
        if (first < 0) {
          first = i;
        }
        last = i;
      }
    }
    if (first < 0) {
      // a text of short sentences only ("Brazil recalled its ambassador from Venezuela."): its sentences
      // are the body, not a headline; a text with a headline-like line keeps it as the title
      for (int i = 0; i < units.size(); i++) {
        Unit u = units.get(i);
        if (u.prose && !u.furniture && u.date == null && !u.byline && u.words >= 3) {
          if (first < 0) first = i;
          last = i;
        }
      }
    }
    // "Venezuelan officials released him on Monday.": a short sentence of its own right after the body is the
    // body's last paragraph (wire stories often end on one), not trailer furniture
    while (first >= 0 && last + 1 < units.size() && closesBody(units.get(last + 1))) {
      last++;
    }
    // Header: the headline is the first line before the body that reads like one (menus, "Skip to content" and
    // section labels before it are furniture); then standfirst, byline and date in any order.
    int headline = -1;
    for (int t = 0; t < (first < 0 ? units.size() : first) && headline < 0; t++) {
      if (isHeadline(units.get(t))) headline = t;
    }
    // A short lede opens the body ("Britain expelled two Russian diplomats on Monday."), when it is not the headline
    // and nothing of the header (a byline, a date) stands between it and the body
    while (first > 0 && first - 1 > headline && closesBody(units.get(first - 1))) {
      first--;
    }
    String title = null;
    String standfirst = null;
    List<String> authors = new ArrayList<>();
    PublicationDate published = null;
    PublicationDate modified = null;
    int headerEnd = first < 0 ? units.size() : first;
    int i = 0;
    if (headline >= 0) {
      units.get(headline).kind = Kind.TITLE;
      title = units.get(headline).text;
      i = headline + 1;
    }
    for (; i < headerEnd; i++) {
      Unit u = units.get(i);
      if (u.date != null) {
        u.kind = Kind.DATE;
        if (UPDATED.matcher(u.text).find() && published != null) {
          modified = u.date;
        } else if (published == null) {
          published = u.date;
        } else {
          modified = u.date;
        }
      } else if (u.byline || (MetadataReader.looksLikePersonName(u.text) && nearDate(units, i))) {
        u.kind = Kind.BYLINE;
        authors.addAll(MetadataReader.cleanAuthors(List.of(u.text)));
      } else if (title != null && standfirst == null && i <= titleIndex(units) + 2 && !u.furniture && u.words >= 4 && u.words <= 60
          && authors.isEmpty() && published == null && (!u.prose || nextIsMetadata(units, i))) {
        u.kind = Kind.STANDFIRST;
        standfirst = u.text;
      } else {
        u.kind = Kind.FURNITURE;
      }
    }
    List<String> paragraphs = new ArrayList<>();
    if (first >= 0) {
      for (int j = first; j <= last; j++) {
        Unit u = units.get(j);
        if (u.furniture || u.date != null && u.words <= 8) {
          continue;
        }
        if (u.byline && (j == last || j == first)) {
          authors.addAll(MetadataReader.cleanAuthors(List.of(u.text)));
          continue;
        }
        u.kind = Kind.BODY;
        paragraphs.add(u.text);
      }
      // Trailer: a byline or a date may follow the body.
      for (int j = last + 1; j < units.size(); j++) {
        Unit u = units.get(j);
        if (u.byline && authors.isEmpty()) {
          authors.addAll(MetadataReader.cleanAuthors(List.of(u.text)));
        } else if (u.date != null && published == null) {
          published = u.date;
        } else if (authors.isEmpty() && MetadataReader.looksLikePersonName(u.text) && j <= last + 2 && u.words <= 4) {
          authors.addAll(MetadataReader.cleanAuthors(List.of(u.text)));
        }
      }
    }
    return new Result(title, standfirst, List.copyOf(new java.util.LinkedHashSet<>(authors)), published, modified,
        paragraphs);
  }

  private static boolean closesBody(Unit u) {
    return u.prose && !u.furniture && u.date == null && !u.byline && u.words >= 4
        && !MetadataReader.looksLikePersonName(u.text);
  }

  private static int titleIndex(List<Unit> units) {
    for (int t = 0; t < units.size(); t++) {
      if (units.get(t).kind == Kind.TITLE) {
        return t;
      }
    }
    return -1;
  }

  private static boolean isHeadline(Unit u) {
    return u.date == null && !u.furniture && !u.byline && u.words >= 3 && u.words <= 40
        && !u.text.contains(" | ") && !u.text.contains(" > ") && !u.text.contains(" » ")
        && !u.text.endsWith(":");
  }

  private static boolean nearDate(List<Unit> units, int i) {
    return (i > 0 && units.get(i - 1).date != null) || (i + 1 < units.size() && units.get(i + 1).date != null);
  }

  private static boolean nextIsMetadata(List<Unit> units, int i) {
    if (i + 1 >= units.size()) {
      return false;
    }
    Unit n = units.get(i + 1);
    return n.date != null || n.byline || MetadataReader.looksLikePersonName(n.text);
  }

  private static boolean isByline(String text) {
    if (text.length() > 120) {
      return false;
    }
    if (BY_PREFIX.matcher(text).matches()) {
      return !MetadataReader.cleanAuthors(List.of(text)).isEmpty();
    }
    return false;
  }

  /**
   * An appeal runs over several paragraphs, only some of which carry its phrases: a paragraph in the
   * outlet's voice ("we", "our") that sits between two furniture units is furniture too.
   */
  private static void markAppealRuns(List<Unit> units) {
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 1; i + 1 < units.size(); i++) {
        Unit u = units.get(i);
        if (!u.furniture && u.date == null && !u.byline && isOutletVoice(u.text)
            && furnitureWithin(units, i, -1) && furnitureWithin(units, i, +1)) {
          u.furniture = true;
        }
      }
    }
  }

  private static boolean furnitureWithin(List<Unit> units, int i, int step) {
    int j = i + step;
    return j >= 0 && j < units.size() && units.get(j).furniture;
  }

  private static final Pattern OUTLET_VOICE = Pattern.compile("(?i)\\b(we|our|us)\\b");

  private static boolean isOutletVoice(String text) {
    return OUTLET_VOICE.matcher(FurnitureDetector.withoutQuotes(text)).find();
  }

  // ---- units -----------------------------------------------------------------------------

  private static List<Unit> units(String raw, Deadline deadline) throws ExtractionException {
    String text = raw.replace("\r\n", "\n").replace('\r', '\n');
    String[] lines = text.split("\n", -1);
    boolean hardWrapped = isHardWrapped(lines);
    List<Unit> units = new ArrayList<>();
    StringBuilder para = new StringBuilder();
    int lastLineLength = 0;
    for (int i = 0; i < lines.length; i++) {
      if ((i & 1023) == 0 && deadline.passed()) {
        throw ExtractionException.fail("extraction took longer than " + deadline.limitMillis() + " ms");
      }
      String line = collapse(lines[i]);
      if (line.isEmpty()) {
        addUnit(units, para);
        continue;
      }
      if (hardWrapped) {
        // A wrapped line runs to near the margin; a short one (a byline, a date) ends its unit.
        if (para.length() > 0 && lastLineLength < 50) {
          addUnit(units, para);
        }
        if (para.length() > 0) {
          para.append(' ');
        }
        para.append(line);
        lastLineLength = line.length();
      } else {
        addUnit(units, para);
        para.append(line);
        addUnit(units, para);
      }
      if (units.size() > MAX_UNITS) {
        throw ExtractionException.fail("more than " + MAX_UNITS + " lines of text: not one article");
      }
    }
    addUnit(units, para);
    return units;
  }

  private static void addUnit(List<Unit> units, StringBuilder para) {
    if (para.length() > 0) {
      units.add(new Unit(GluedWords.repair(para.toString())));
      para.setLength(0);
    }
  }

  /** Text wrapped at a fixed width: most long lines end near the same column, mid-sentence. */
  private static boolean isHardWrapped(String[] lines) {
    int longLines = 0;
    int nearWidth = 0;
    int max = 0;
    for (String l : lines) {
      int n = l.strip().length();
      max = Math.max(max, n);
      if (n >= 40) {
        longLines++;
        if (n >= 55 && n <= 82) {
          nearWidth++;
        }
      }
    }
    return longLines >= 5 && max <= 100 && nearWidth * 10 >= longLines * 7;
  }

  /** Strips and collapses runs of white space to one space, in one linear pass. */
  static String collapse(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B' || c == '\uFEFF') {
        if (!space) {
          sb.append(' ');
          space = true;
        }
      } else {
        sb.append(c);
        space = false;
      }
    }
    int len = sb.length();
    if (len > 0 && sb.charAt(len - 1) == ' ') {
      sb.setLength(len - 1);
    }
    return sb.toString();
  }
}
