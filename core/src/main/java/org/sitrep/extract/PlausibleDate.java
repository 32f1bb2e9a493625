package org.sitrep.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Publication dates a news page can really have: from 1900 to tomorrow (UTC; a page from a zone ahead of
 * UTC may already carry tomorrow's date). Templates print {@code 0001-01-01} for "no date" and CMSs
 * publish embargoed pages dated ahead; believed, they would date every event of the article wrongly.
 * A rejected date is replaced by the date in the page's URL ({@code /2024/06/14/}, {@code 2024-06-14},
 * {@code 20240614}) when it has one.
 */
final class PlausibleDate {
  static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  private static final Pattern URL_DATE = Pattern.compile(
      "(?<!\\d)((?:19|20)\\d\\d)([/_-]?)(0[1-9]|1[0-2])\\2(0[1-9]|[12]\\d|3[01])(?!\\d)");

  private PlausibleDate() {}

  static boolean plausible(@Nullable PublicationDate d) {
    return d == null || (!d.date().isBefore(EARLIEST) && !d.date().isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1)));
  }

  /** {@code d} when plausible; else, with a warning naming it, the URL's date or null. */
  static @Nullable PublicationDate check(@Nullable PublicationDate d, @Nullable String url, String what,
      List<String> warnings) {
    if (plausible(d)) return d;
    PublicationDate fromUrl = fromUrl(url);
    warnings.add(what + " date " + d.iso() + " is impossible (before " + EARLIEST.getYear() + " or after tomorrow); "
        + (fromUrl != null ? "using the URL's date " + fromUrl.iso() : "left empty"));
    return fromUrl;
  }

  /** The plausible date a URL's path carries, or null. */
  static @Nullable PublicationDate fromUrl(@Nullable String url) {
    if (url == null) return null;
    Matcher m = URL_DATE.matcher(url);
    while (m.find()) {
      try {
        PublicationDate d = new PublicationDate(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)),
            Integer.parseInt(m.group(4))), null, null);
        if (plausible(d)) return d;
      } catch (DateTimeException e) {
        // 2024-02-31: not a date
      }
    }
    return null;
  }
}
