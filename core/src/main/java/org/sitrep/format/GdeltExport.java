package org.sitrep.format;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.sitrep.store.StoredEvent;

/**
 * Writes events as the GDELT 2.0 event table: tab-separated, no header, the 61 columns of the GDELT
 * 2.0 Event Codebook in their order ({@link #COLUMNS}), filled where Sitrep has the field and empty
 * otherwise, so tools that read GDELT read Sitrep's events.
 *
 * <p>Choices: SQLDATE is the event's date (its first day for an interval or a month; the article's
 * publication day when the text gives none), never the day Sitrep stored it, and empty when neither is
 * known; the actor codes are country + role ("RUSGOV"); the known-group column holds the CAMEO group code
 * for international organisations; IsRootEvent is 1; where the text places the act, ActionGeo_FullName
 * is the place as written, ActionGeo_CountryCode its country in FIPS 10-4 (as GDELT; from GeoNames,
 * {@code fips-countries.tsv}) and ActionGeo_Type 1 when the place is the country itself, else 4 (a
 * place in a country; 3 in the United States); AvgTone, coordinates and feature ids are left empty
 * (Sitrep does not geocode yet); SOURCEURL is the first article's URL.
 */
public final class GdeltExport {
  private GdeltExport() {}

  /** The GDELT 2.0 event table's columns, in order. */
  public static final List<String> COLUMNS = List.of(
      "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
      "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
      "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
      "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
      "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
      "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
      "NumMentions", "NumSources", "NumArticles", "AvgTone",
      "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
      "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
      "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
      "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
      "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
      "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
      "DATEADDED", "SOURCEURL");

  /** One event as one line of the table (without the line break). */
  public static String line(StoredEvent e, java.util.function.Predicate<String> isKnownGroup) {
    String[] f = new String[COLUMNS.size()];
    Arrays.fill(f, "");
    LocalDate day = day(e.date());
    f[0] = String.valueOf(e.id());
    if (day != null) {
      f[1] = String.format(Locale.ROOT, "%04d%02d%02d", day.getYear(), day.getMonthValue(), day.getDayOfMonth());
      f[2] = String.format(Locale.ROOT, "%04d%02d", day.getYear(), day.getMonthValue());
      f[3] = String.valueOf(day.getYear());
      f[4] = String.format(Locale.ROOT, "%.4f", day.getYear() + (day.getDayOfYear() - 1) / 365.0);
    }
    actor(f, 5, e.sourceName(), e.sourceCountry(), e.sourceRole(), isKnownGroup);
    actor(f, 15, e.targetName(), e.targetCountry(), e.targetRole(), isKnownGroup);
    f[25] = "1";
    f[26] = e.cameo();
    f[27] = e.cameo().length() > 3 ? e.cameo().substring(0, 3) : e.cameo();
    f[28] = e.root();
    f[29] = String.valueOf(e.quadClass());
    f[30] = e.goldstein() == null ? "" : String.valueOf(e.goldstein());
    f[31] = String.valueOf(e.numMentions());
    f[32] = String.valueOf(e.numSources());
    f[33] = String.valueOf(e.numArticles());
    if (e.placeName() != null) {
      f[51] = e.placeCountry() == null ? "" : geoType(e.placeName(), e.placeCountry());
      f[52] = clean(e.placeName());
      f[53] = e.placeCountry() == null ? "" : Places.FIPS.getOrDefault(e.placeCountry().toLowerCase(Locale.ROOT), "");
    }
    String added = e.firstSeen().replaceAll("[^0-9]", "");
    f[59] = added.length() >= 14 ? added.substring(0, 14) : added;
    f[60] = clean(e.sourceUrl());
    return String.join("\t", f);
  }

  /** Writes every event, one line each. */
  public static void write(Iterable<StoredEvent> events, Writer out, java.util.function.Predicate<String> isKnownGroup)
      throws IOException {
    for (StoredEvent e : events) {
      out.write(line(e, isKnownGroup));
      out.write('\n');
    }
  }

  private static void actor(String[] f, int at, @Nullable String name, @Nullable String country, @Nullable String role,
      java.util.function.Predicate<String> isKnownGroup) {
    if (country == null && role == null) return;
    boolean group = country != null && isKnownGroup.test(country);
    f[at] = (country == null ? "" : country) + (role == null ? "" : role);
    f[at + 1] = clean(name != null ? name : country);
    if (group) {
      f[at + 3] = country;
    } else {
      f[at + 2] = clean(country);
    }
    f[at + 7] = clean(role);
  }

  /** GDELT's geographic resolution: 1 the country itself, 3 a US place, 4 a place elsewhere. */
  public static String geoType(String place, String country) {
    String bare = place.replaceAll("^(?:\\p{Ll}[\\p{L}-]*\\s+)+", "").strip(); // "northern Syria" -> "Syria"
    if (bare.startsWith("the ")) bare = bare.substring(4);
    return Places.COUNTRY_NAMES.contains(bare.toLowerCase(Locale.ROOT) + "\t" + country) ? "1"
        : country.equals("USA") ? "3" : "4";
  }

  /** Loaded on first use: exports only. */
  private static final class Places {
    static final java.util.Map<String, String> FIPS =
        org.sitrep.internal.Lexicon.table(GdeltExport.class, "fips-countries.tsv");
    static final java.util.Set<String> COUNTRY_NAMES = countryNames();

    private static java.util.Set<String> countryNames() {
      java.util.Set<String> out = new java.util.HashSet<>();
      for (org.sitrep.actors.Gazetteer.Entry en : org.sitrep.actors.Gazetteer.standard().entries()) {
        if (en.kind() == org.sitrep.actors.Gazetteer.Kind.COUNTRY && en.country() != null) {
          out.add(String.join(" ", en.words()).toLowerCase(Locale.ROOT) + "\t" + en.country());
        }
      }
      return out;
    }
  }

  private static String clean(@Nullable String s) {
    return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }

  /** The event's day (an interval's first): never the day it was stored, which says nothing of the act. */
  private static @Nullable LocalDate day(@Nullable String date) {
    String d = date;
    if (d == null) return null;
    if (d.contains("/")) d = d.substring(0, d.indexOf('/'));
    try {
      if (d.length() >= 10) return LocalDate.parse(d.substring(0, 10));
      if (d.length() == 7) return LocalDate.parse(d + "-01");
      if (d.length() == 4) return LocalDate.parse(d + "-01-01");
    } catch (DateTimeParseException e) {
      return null;
    }
    return null;
  }
}
