package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Events are filtered and exported by when they happened (or were published), never by when they were stored. */
class EventTimeTest {
  @TempDir Path dir;
  private String db;

  private static final String PAGE = "<html><head><title>%s</title><meta property=\"og:site_name\" content=\"%s\">"
      + "<meta property=\"article:published_time\" content=\"%s\"></head><body><article><h1>%s</h1>"
      + "<p>%s</p><p>Officials on both sides said they expected further talks in the weeks ahead.</p></article></body></html>";

  @BeforeEach
  void store() throws Exception {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    Files.writeString(in.resolve("a.html"), PAGE.formatted("Chile expels envoys", "Andes Daily", "2019-11-12T08:00:00-03:00",
        "Chile expels envoys", "Chile expelled two Bolivian diplomats in Santiago, the foreign ministry said."));
    Files.writeString(in.resolve("b.html"), PAGE.formatted("Minister to visit", "Pacific Herald", "2019-11-25T10:00:00-03:00",
        "Minister to visit", "Chile will host the Bolivian foreign minister for talks on the border."));
    Files.writeString(in.resolve("c.html"), PAGE.formatted("Tariff warning", "Pacific Herald", "2019-11-28T10:00:00-03:00",
        "Tariff warning", "If Chile imposes tariffs on Bolivian goods, the government in La Paz will answer in kind."));
    db = dir.resolve("t.db").toString();
    var r = ExtractCommandTest.run("ingest", in.toString(), "--db", db, "--no-progress");
    assertThat(r.status()).as(r.err()).isZero();
  }

  private JsonNode events(String... filters) throws Exception {
    List<String> args = new ArrayList<>(List.of("events", "--db", db, "--format", "json"));
    args.addAll(List.of(filters));
    return new ObjectMapper().readTree(ExtractCommandTest.run(args.toArray(String[]::new)).out());
  }

  @Test
  void undated_acts_carry_their_articles_publication_day_flagged_as_such() throws Exception {
    JsonNode all = events();
    assertThat(all).isNotEmpty();
    for (JsonNode e : all) {
      assertThat(e.get("date").asText()).startsWith("2019-11-");
      assertThat(e.get("dateFrom").asText()).isEqualTo("publication");
    }
  }

  @Test
  void since_and_until_filter_on_the_event_date() throws Exception {
    assertThat(events("--until", "2019-12-01")).hasSize(events().size());
    assertThat(events("--until", "2019-11-13")).isNotEmpty()
        .allSatisfy(e -> assertThat(e.get("date").asText()).isLessThan("2019-11-13"));
    assertThat(events("--since", "2019-11-20")).isNotEmpty()
        .allSatisfy(e -> assertThat(e.get("date").asText()).isGreaterThanOrEqualTo("2019-11-20"));
    assertThat(events("--since", "2020-01-01")).isEmpty();
  }

  @Test
  void export_keeps_only_what_is_stated_as_fact_unless_asked_and_filters_by_event_date() throws Exception {
    var facts = ExtractCommandTest.run("export", "--db", db, "--format", "jsonl", "--out", "-");
    assertThat(facts.status()).as(facts.err()).isZero();
    List<JsonNode> rows = new ArrayList<>();
    for (String line : facts.out().split("\n")) if (!line.isBlank()) rows.add(new ObjectMapper().readTree(line));
    assertThat(rows).isNotEmpty().allSatisfy(e -> assertThat(e.get("modality").asText()).isIn("happened", "reported"));
    assertThat(facts.err()).contains("of other modalities left out");
    assertThat(dir.resolve("-")).doesNotExist();

    String all = ExtractCommandTest.run("export", "--db", db, "--format", "jsonl", "--out", "-", "--modality", "all").out();
    assertThat(all).contains("\"modality\":\"planned\"").contains("\"modality\":\"hypothetical\"");

    String late = ExtractCommandTest.run("export", "--db", db, "--format", "jsonl", "--out", "-", "--modality", "all",
        "--since", "2019-11-20").out();
    assertThat(late).doesNotContain("\"date\":\"2019-11-12\"").contains("\"date\":\"2019-11-2");

    var bad = ExtractCommandTest.run("export", "--db", db, "--format", "jsonl", "--out", "-", "--modality", "rumoured");
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).contains("--modality takes");
  }

  @Test
  void gdelt_export_dates_by_the_event_and_places_the_act_in_fips() throws Exception {
    Path tsv = dir.resolve("g.tsv");
    assertThat(ExtractCommandTest.run("export", "--db", db, "--format", "gdelt", "--out", tsv.toString()).status()).isZero();
    List<String> columns = org.sitrep.format.GdeltExport.COLUMNS;
    String expel = Files.readAllLines(tsv).stream().filter(l -> l.split("\t", -1)[columns.indexOf("EventCode")].equals("166"))
        .findFirst().orElseThrow();
    String[] f = expel.split("\t", -1);
    assertThat(f[columns.indexOf("SQLDATE")]).isEqualTo("20191112");
    assertThat(f[columns.indexOf("ActionGeo_FullName")]).isEqualTo("Santiago");
    assertThat(f[columns.indexOf("ActionGeo_CountryCode")]).isEqualTo("CI"); // FIPS 10-4 for Chile
    assertThat(f[columns.indexOf("ActionGeo_Type")]).isEqualTo("4");
    assertThat(org.sitrep.format.GdeltExport.geoType("northern Syria", "SYR")).isEqualTo("1");
    assertThat(org.sitrep.format.GdeltExport.geoType("Chicago", "USA")).isEqualTo("3");

    // the file is created like any other file of the user's, not private to them
    Path probe = Files.createFile(dir.resolve("probe"));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tsv)))
        .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(probe)));
  }
}
