package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
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
    JsonNode s2 = new ObjectMapper().readTree(ExtractCommandTest.run("ingest", in.toString(), "--db", db, "--format", "json",
        "--no-progress").out());
    assertThat(s2.get("stored").asInt()).isZero();
    assertThat(s2.get("duplicates").asInt()).isEqualTo(2);

    JsonNode hits = new ObjectMapper().readTree(ExtractCommandTest.run("search", "putin AND \"north korea\"", "--db", db,
        "--format", "json").out());
    assertThat(hits).hasSize(1);
    assertThat(hits.get(0).fieldNames()).toIterable()
        .containsExactly("articleId", "title", "url", "source", "published", "score", "snippet");
    assertThat(hits.get(0).get("title").asText()).isEqualTo("Putin to visit Pyongyang");
    assertThat(hits.get(0).get("source").asText()).endsWith("a.html");

    assertThat(new ObjectMapper().readTree(ExtractCommandTest.run("search", "\"north korea\"", "--db", db, "--format", "json",
        "--since", "2024-06-15").out())).hasSize(1);
    assertThat(new ObjectMapper().readTree(ExtractCommandTest.run("search", "\"north korea\"", "--db", db, "--format", "json",
        "--source-outlet", "Morning Post").out())).singleElement().satisfies(h ->
        assertThat(h.get("title").asText()).startsWith("Seoul"));
    assertThat(ExtractCommandTest.run("search", "korea", "--db", db, "--format", "csv").out())
        .startsWith("articleId,title,url,source,published,score,snippet");

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
      var r = ExtractCommandTest.run("ingest", in.toString(), "--db", db.toString(), "--no-progress");
      assertThat(r.status()).isEqualTo(1);
      assertThat(r.err()).contains("is locked by another process");
      other.createStatement().execute("ROLLBACK");
    }
    JsonNode stats = new ObjectMapper().readTree(ExtractCommandTest.run("stats", "--db", db.toString(), "--format", "json").out());
    assertThat(stats.get("articles").asInt()).isEqualTo(1);
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
    assertThat(r.out()).contains("Ingested 11 documents: 11 stored (3 linked as copies of another article)")
        .contains("4 articles from 3 outlets:")
        .contains("Dockers' strike brings Valdria port to a halt")
        .contains("Search 'strike AND port':");
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
