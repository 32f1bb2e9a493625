package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest, search and stats as a user meets them. */
class StoreCommandsTest {
  @TempDir Path dir;

  private static final String PAGE = "<html><head><title>%s</title><meta property=\"og:site_name\" content=\"%s\">"
      + "<meta property=\"article:published_time\" content=\"%s\"></head><body><article><h1>%s</h1>"
      + "<p>%s</p><p>Officials said further talks were planned for the coming weeks in the capital.</p></article></body></html>";

  private Path pages() throws Exception {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    Files.writeString(in.resolve("a.html"), PAGE.formatted("Putin to visit Pyongyang", "Daily Example", "2024-06-14T07:43:00-04:00",
        "Putin to visit Pyongyang", "The Kremlin did not confirm reports that Vladimir Putin would travel to North Korea."));
    Files.writeString(in.resolve("b.html"), PAGE.formatted("Seoul and Washington hold call", "Morning Post", "2024-06-15T09:00:00+09:00",
        "Seoul and Washington hold call", "South Korea and the United States discussed North Korea in an emergency call."));
    Files.writeString(in.resolve("empty.html"), "");
    return in;
  }

  @Test
  void ingest_twice_stores_once_then_search_and_stats_report_it() throws Exception {
    Path in = pages();
    String db = dir.resolve("data/s.db").toString();
    var first = ExtractCommandTest.run("ingest", in.toString(), "--db", db, "--format", "json", "--no-progress");
    JsonNode s1 = new ObjectMapper().readTree(first.out());
    assertThat(s1.get("stored").asInt()).isEqualTo(2);
    assertThat(s1.get("skipped").asInt()).isEqualTo(1);
    assertThat(s1.get("reasons").get(0).get("reason").asText()).contains("empty");
    assertThat(first.status()).isZero();
    var again = ExtractCommandTest.run("ingest", in.toString(), "--db", db, "--format", "json", "--no-progress");
    // one vocabulary: "already stored" for documents a run skips, "linked as copies" for stored copies
    assertThat(again.err()).contains("3 documents: 0 stored, 2 already stored, 1 skipped").doesNotContain("duplicate");
    assertThat(ExtractCommandTest.run("stats", "--db", db).out()).contains("linked as copies").doesNotContain("duplicate");
    JsonNode s2 = new ObjectMapper().readTree(again.out());
    assertThat(s2.get("stored").asInt()).isZero();
    assertThat(s2.get("alreadyStored").asInt()).isEqualTo(2);

    JsonNode hits = new ObjectMapper().readTree(ExtractCommandTest.run("search", "putin AND \"north korea\"", "--db", db,
        "--format", "json").out());
    assertThat(hits).hasSize(1);
    assertThat(hits.get(0).fieldNames()).toIterable()
        .containsExactly("articleId", "title", "url", "source", "published", "score", "snippet", "copies");
    assertThat(hits.get(0).get("title").asText()).isEqualTo("Putin to visit Pyongyang");
    assertThat(hits.get(0).get("source").asText()).endsWith("a.html");

    assertThat(new ObjectMapper().readTree(ExtractCommandTest.run("search", "\"north korea\"", "--db", db, "--format", "json",
        "--since", "2024-06-15").out())).hasSize(1);
    assertThat(new ObjectMapper().readTree(ExtractCommandTest.run("search", "\"north korea\"", "--db", db, "--format", "json",
        "--source-outlet", "Morning Post").out())).singleElement().satisfies(h ->
        assertThat(h.get("title").asText()).startsWith("Seoul"));
    assertThat(ExtractCommandTest.run("search", "korea", "--db", db, "--format", "csv").out())
        .startsWith("articleId,title,url,source,published,score,snippet,copies");
    // an option's value in capitals is the same value
    assertThat(ExtractCommandTest.run("search", "korea", "--db", db, "--format", "CSV").out())
        .startsWith("articleId,title,url,source,published,score,snippet,copies");
    // several words are one query, unquoted, as a newcomer types them
    var twoWords = ExtractCommandTest.run("search", "putin", "pyongyang", "--db", db, "--format", "json");
    assertThat(twoWords.status()).isZero();
    assertThat(new ObjectMapper().readTree(twoWords.out())).hasSize(1);

    JsonNode stats = new ObjectMapper().readTree(ExtractCommandTest.run("stats", "--db", db, "--format", "json").out());
    assertThat(stats.get("documents").asInt()).isEqualTo(2);
    assertThat(stats.get("articles").asInt()).isEqualTo(2);
    assertThat(stats.get("bytesOnDisk").asLong()).isPositive();
  }

  @Test
  void a_store_locked_by_another_process_gives_a_clear_message_and_loses_nothing() throws Exception {
    Path in = pages();
    Path db = dir.resolve("locked.db");
    ExtractCommandTest.run("ingest", in.resolve("a.html").toString(), "--db", db.toString(), "--no-progress");
    try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      other.createStatement().execute("BEGIN EXCLUSIVE");
      var r = ExtractCommandTest.run("ingest", in.toString(), "--db", db.toString(), "--no-progress", "--lock-wait", "1");
      assertThat(r.status()).isEqualTo(1);
      assertThat(r.err()).contains("is locked by another process").contains("--lock-wait");
      other.createStatement().execute("ROLLBACK");
    }
    JsonNode stats = new ObjectMapper().readTree(ExtractCommandTest.run("stats", "--db", db.toString(), "--format", "json").out());
    assertThat(stats.get("articles").asInt()).isEqualTo(1);
  }

  /** A cron ingest overlapping a manual one waits for it instead of failing after a few seconds. */
  @Test
  void an_overlapping_run_waits_for_the_lock_and_then_stores() throws Exception {
    Path in = pages();
    Path db = dir.resolve("wait.db");
    ExtractCommandTest.run("ingest", in.resolve("a.html").toString(), "--db", db.toString(), "--no-progress");
    Connection other = DriverManager.getConnection("jdbc:sqlite:" + db);
    other.createStatement().execute("BEGIN EXCLUSIVE");
    Thread release = new Thread(() -> {
      try {
        Thread.sleep(6_000); // longer than the 5 s after which a run used to give up
        other.createStatement().execute("ROLLBACK");
        other.close();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    release.start();
    var r = ExtractCommandTest.run("ingest", in.toString(), "--db", db.toString(), "--no-progress", "--format", "json");
    release.join();
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(new ObjectMapper().readTree(r.out()).get("stored").asInt()).isEqualTo(1);
  }

  @Test
  void an_sqlite_file_that_is_not_a_store_is_named_as_such() throws Exception {
    Path foreign = dir.resolve("notes.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign)) {
      c.createStatement().execute("CREATE TABLE notes (body TEXT)");
    }
    for (String command : List.of("stats", "ingest")) {
      var r = command.equals("stats") ? ExtractCommandTest.run("stats", "--db", foreign.toString())
          : ExtractCommandTest.run("ingest", pages().toString(), "--db", foreign.toString(), "--no-progress");
      assertThat(r.status()).isNotZero();
      assertThat(r.err()).contains("an SQLite database, but not a Sitrep store").doesNotContain("baseline");
    }
  }

  @Test
  void searching_a_missing_store_says_so() {
    var r = ExtractCommandTest.run("search", "x", "--db", dir.resolve("none.db").toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("no store at");
  }

  @Test
  void the_demo_ingests_its_sample_and_shows_stories_and_a_search() {
    var r = ExtractCommandTest.run("demo");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("Ingested 14 documents: 14 stored (3 linked as copies of another article)")
        .contains("4 articles from 3 outlets:")
        .contains("Dockers' strike brings Valdria port to a halt")
        .contains("Search 'strike AND port':")
        .containsPattern("CHN GOV +-> JPN GOV +112 +Accuse.* happened +2024-06-18 +2  China accused")
        .containsPattern("SOM GOV +-> KEN GOV +020 ")
        .contains("The store holds 14 documents, 14 articles (3 linked as copies)").doesNotContain("StoreStats[")
        .contains("\"Our cooperation threatens no one,\" -- Philippine foreign secretary (PHL GOV)");
  }

  /** Two outlets report the same act: one stored event with two mentions, two articles, two sources. */
  @Test
  void events_are_aggregated_queried_and_exported_as_gdelt() throws Exception {
    Path in = dir.resolve("coded");
    Files.createDirectories(in);
    Files.writeString(in.resolve("a.html"), PAGE.formatted("Poland expels diplomat", "Daily Example", "2024-06-14T07:43:00+00:00",
        "Poland expels diplomat", "Poland expelled a Belarusian diplomat on Friday, the Polish foreign ministry said."));
    Files.writeString(in.resolve("b.html"), PAGE.formatted("Warsaw orders envoy out", "Morning Post", "2024-06-14T11:00:00+00:00",
        "Warsaw orders envoy out", "Poland expelled a Belarusian diplomat on Friday after a border incident, officials in Warsaw said."));
    Path db = dir.resolve("coded.db");
    var ingest = ExtractCommandTest.run("ingest", in.toString(), "--db", db.toString(), "--no-progress");
    assertThat(ingest.status()).as(ingest.err()).isZero();
    JsonNode events = new ObjectMapper().readTree(
        ExtractCommandTest.run("events", "--db", db.toString(), "--source", "pol", "--cameo", "16", "--format", "json").out());
    assertThat(events).hasSize(1);
    JsonNode e = events.get(0);
    assertThat(e.get("source").get("country").asText()).isEqualTo("POL");
    assertThat(e.get("target").get("country").asText()).isEqualTo("BLR");
    assertThat(e.get("cameo").asText()).isEqualTo("166");
    assertThat(e.get("numMentions").asInt()).isEqualTo(2);
    assertThat(e.get("numArticles").asInt()).isEqualTo(2);
    assertThat(e.get("numSources").asInt()).isEqualTo(2);
    assertThat(e.get("date").asText()).isEqualTo("2024-06-14");
    assertThat(e.get("articles")).hasSize(2);
    assertThat(ExtractCommandTest.run("events", "--db", db.toString(), "--target", "USA").err()).contains("0 events");

    Path tsv = dir.resolve("out/events.tsv");
    var export = ExtractCommandTest.run("export", "--db", db.toString(), "--format", "gdelt", "--out", tsv.toString());
    assertThat(export.status()).as(export.err()).isZero();
    // read back with GDELT 2.0's published column list
    List<String> columns = org.sitrep.format.GdeltExport.COLUMNS;
    assertThat(columns).hasSize(61).startsWith("GLOBALEVENTID", "SQLDATE").endsWith("DATEADDED", "SOURCEURL");
    List<String> lines = Files.readAllLines(tsv);
    assertThat(lines).isNotEmpty();
    for (String line : lines) {
      assertThat(line.split("\t", -1)).hasSize(61);
    }
    String[] row = lines.stream().filter(l -> l.split("\t", -1)[columns.indexOf("EventCode")].equals("166")).findFirst()
        .orElseThrow().split("\t", -1);
    assertThat(row[columns.indexOf("SQLDATE")]).isEqualTo("20240614");
    assertThat(row[columns.indexOf("Actor1Code")]).isEqualTo("POLGOV");
    assertThat(row[columns.indexOf("Actor1CountryCode")]).isEqualTo("POL");
    assertThat(row[columns.indexOf("Actor2CountryCode")]).isEqualTo("BLR");
    assertThat(row[columns.indexOf("EventRootCode")]).isEqualTo("16");
    assertThat(row[columns.indexOf("QuadClass")]).isEqualTo("4");
    assertThat(row[columns.indexOf("NumMentions")]).isEqualTo("2");
    assertThat(row[columns.indexOf("NumSources")]).isEqualTo("2");
    assertThat(row[columns.indexOf("SOURCEURL")]).isNotEmpty();
    assertThat(row[columns.indexOf("GoldsteinScale")]).isEqualTo("-7.0"); // from the bundled CAMEO table
  }

  @Test
  void stories_lists_the_most_told_first() throws Exception {
    Path in = pages();
    String db = dir.resolve("st.db").toString();
    ExtractCommandTest.run("ingest", in.toString(), "--db", db, "--no-progress");
    JsonNode stories = new ObjectMapper().readTree(ExtractCommandTest.run("stories", "--db", db, "--format", "json").out());
    assertThat(stories).isNotEmpty();
    assertThat(stories.get(0).fieldNames()).toIterable()
        .containsExactly("id", "title", "firstSeen", "lastSeen", "articles", "outlets", "headlines");
  }
}
