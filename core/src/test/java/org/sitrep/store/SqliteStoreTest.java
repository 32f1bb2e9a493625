package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.SharedData;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.model.Article;
import org.sitrep.model.Outcome;
import org.sitrep.model.RawDocument;
import org.sitrep.source.DocumentSink;
import org.sitrep.source.DocumentSource;

class SqliteStoreTest {
  @TempDir Path dir;

  private static final ArticleExtractor EXTRACTOR = ArticleExtractor.withDefaults();

  private static Article article(String source, String url, String title, String body) {
    return new Article(source, url, title, null, List.of(), "2024-06-14T07:43:00-04:00", null, "Example News", "en",
        List.of(body), List.of());
  }

  private static RawDocument raw(String source, String content) {
    return RawDocument.of(source, source, content.getBytes(StandardCharsets.UTF_8), RawDocument.Format.HTML);
  }

  @Test
  void stores_once_by_bytes_and_by_canonical_url_and_links_exact_copies() {
    try (SqliteStore store = SqliteStore.open(dir.resolve("data/sitrep.db"))) {
      Stored first = store.put(raw("a.html", "<p>one</p>"), article("a.html", "https://example.com/a?utm_source=x", "T", "Body one."));
      Stored sameBytes = store.put(raw("copy-of-a.html", "<p>one</p>"), article("copy", null, "T", "Body one."));
      Stored sameUrl = store.put(raw("a2.html", "<p>one, edited</p>"), article("a2.html", "https://EXAMPLE.com/a#top", "T", "Body one!"));
      Stored syndicated = store.put(raw("b.html", "<p>other page</p>"), article("b.html", "https://other.org/b", "T", "Body   ONE."));
      assertThat(first.status()).isEqualTo(Stored.Status.STORED);
      assertThat(sameBytes).isEqualTo(new Stored(Stored.Status.DUPLICATE, first.articleId(), "same content as article " + first.articleId()));
      assertThat(sameUrl.status()).isEqualTo(Stored.Status.DUPLICATE);
      assertThat(sameUrl.reason()).startsWith("same URL");
      assertThat(syndicated.status()).isEqualTo(Stored.Status.STORED);
      StoreStats stats = store.stats();
      assertThat(stats.documents()).isEqualTo(2);
      assertThat(stats.articles()).isEqualTo(2);
      assertThat(stats.linkedCopies()).isEqualTo(1);
      assertThat(stats.bytesOnDisk()).isPositive();
    }
  }

  @Test
  void puts_are_committed_in_groups_and_raw_pages_come_back_byte_for_byte() throws Exception {
    Path file = dir.resolve("g.db");
    String page = "<html><body><p>" + "Ministers met in Vienna. ".repeat(200) + "</p></body></html>";
    try (SqliteStore store = SqliteStore.open(file)) {
      store.put(raw("v.html", page), article("v.html", "https://x.org/v", "Vienna", "Ministers met in Vienna."));
      try (var other = DriverManager.getConnection("jdbc:sqlite:" + file);
          ResultSet r = other.createStatement().executeQuery("SELECT count(*) FROM articles")) {
        assertThat(r.getLong(1)).as("another reader sees no uncommitted put").isZero();
      }
      store.flush();
      try (var other = DriverManager.getConnection("jdbc:sqlite:" + file);
          ResultSet r = other.createStatement().executeQuery("SELECT raw, raw_codec, bytes FROM documents")) {
        assertThat(r.getString(2)).isEqualTo("zstd");
        byte[] back = com.github.luben.zstd.Zstd.decompress(r.getBytes(1), r.getInt(3));
        assertThat(new String(back, StandardCharsets.UTF_8)).isEqualTo(page);
      }
      // a duplicate put writes nothing and leaves the group intact
      assertThat(store.put(raw("v-again.html", page), article("v2", null, "Vienna", "x")).status())
          .isEqualTo(Stored.Status.DUPLICATE);
      store.put(raw("w.html", "<p>w</p>"), article("w.html", "https://x.org/w", "Warsaw", "Ministers met in Warsaw."));
    }
    try (SqliteStore store = SqliteStore.open(file)) {
      assertThat(store.stats().articles()).as("close commits the last group").isEqualTo(2);
    }
  }

  @Test
  void search_ranks_and_filters() {
    try (SqliteStore store = SqliteStore.open(dir.resolve("s.db"))) {
      store.put(raw("1", "1"), article("1", "https://x.org/1", "Putin to visit North Korea", "The Kremlin did not confirm the visit to Pyongyang."));
      store.put(raw("2", "2"), article("2", "https://x.org/2", "Markets rally", "Shares rose in Tokyo after North Korea fired no missiles."));
      List<SearchHit> hits = store.search(SearchQuery.of("putin AND \"north korea\""));
      assertThat(hits).singleElement().satisfies(h -> {
        assertThat(h.title()).isEqualTo("Putin to visit North Korea");
        assertThat(h.source()).isEqualTo("1");
      });
      assertThat(store.search(SearchQuery.of("\"north korea\""))).hasSize(2).first()
          .extracting(SearchHit::title).isEqualTo("Putin to visit North Korea");
      assertThat(store.search(new SearchQuery("korea", java.time.Instant.parse("2025-01-01T00:00:00Z"), null, null, 10))).isEmpty();
    }
  }

  @Test
  void search_accepts_whatever_a_user_types() {
    try (SqliteStore store = SqliteStore.open(dir.resolve("t.db"))) {
      store.put(raw("1", "1"), article("1", "https://x.org/1", "U.S. tariffs on steel", "The U.S. raised tariffs; C++ compilers were not affected."));
      store.put(raw("2", "2"), article("2", "https://x.org/2", "Hong Kong protests", "Protesters marched in Hong Kong and OR Tambo airport stayed open."));
      assertThat(store.search(SearchQuery.of("U.S."))).extracting(SearchHit::title).containsExactly("U.S. tariffs on steel");
      assertThat(store.search(SearchQuery.of("C++"))).extracting(SearchHit::title).containsExactly("U.S. tariffs on steel");
      assertThat(store.search(SearchQuery.of("\"hong kong"))).extracting(SearchHit::title).containsExactly("Hong Kong protests");
      assertThat(store.search(SearchQuery.of("AND"))).extracting(SearchHit::title).containsExactly("Hong Kong protests");
      assertThat(store.search(SearchQuery.of("tariffs OR"))).extracting(SearchHit::title).containsExactly("U.S. tariffs on steel");
      assertThat(store.search(SearchQuery.of("hong kong"))).extracting(SearchHit::title).containsExactly("Hong Kong protests");
      assertThat(store.search(SearchQuery.of("(  )"))).isEmpty();
    }
  }

  @Test
  void migrations_are_versioned_and_the_database_is_sound() throws Exception {
    Path db = dir.resolve("m.db");
    SqliteStore.open(db).close();
    SqliteStore.open(db).close(); // a second open migrates nothing
    try (var c = DriverManager.getConnection("jdbc:sqlite:" + db);
        ResultSet r = c.createStatement().executeQuery(
            "SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank")) {
      List<String> versions = new ArrayList<>();
      while (r.next()) {
        assertThat(r.getBoolean(2)).isTrue();
        versions.add(r.getString(1));
      }
      assertThat(versions).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");
    }
  }

  @Test
  void not_a_database_and_read_only_files_get_clear_messages() throws Exception {
    Path junk = dir.resolve("junk.db");
    Files.writeString(junk, "this is not a database file at all, just some text that fills the header");
    assertThatThrownBy(() -> SqliteStore.open(junk)).isInstanceOf(StoreException.class).hasMessageContaining("not a Sitrep store");
    Path ro = dir.resolve("ro.db");
    SqliteStore.open(ro).close();
    assertThat(ro.toFile().setWritable(false)).isTrue();
    if (!Files.isWritable(ro)) { // root can write anyway; the check then has nothing to show
      assertThatThrownBy(() -> SqliteStore.open(ro)).isInstanceOf(StoreException.class).hasMessageContaining("read-only");
    }
  }

  @Test
  void copies_are_one_search_hit_and_one_headline_of_their_story() {
    String body = "Tens of thousands of people marched through the centre of the city on Sunday to protest against a"
        + " proposed law, the fourth weekend of demonstrations. Police estimated the crowd at 40,000 while organisers"
        + " said more than 100,000 had taken part. The march ended peacefully outside the legislature in the evening.";
    try (SqliteStore store = SqliteStore.open(dir.resolve("copies.db"))) {
      store.put(raw("wire.html", "<p>1</p>"), article("wire.html", "https://wire.example/a", "Thousands march in the city", body));
      store.put(raw("paper.html", "<p>2</p>"), article("paper.html", "https://paper.example/b", "Thousands march in the city",
          body + " Further marches are planned."));
      store.put(raw("portal.html", "<p>3</p>"), article("portal.html", "https://portal.example/c", "Thousands march in the city",
          body));
      List<SearchHit> hits = store.search(SearchQuery.of("legislature"));
      assertThat(hits).singleElement().satisfies(h -> assertThat(h.copies()).isEqualTo(2));
      assertThat(store.stories(null, 1, 10)).singleElement()
          .satisfies(s -> assertThat(s.headlines()).containsExactly("Thousands march in the city"));
    }
  }

  @Test
  void an_outlet_is_found_by_its_name_or_its_host_with_or_without_www() {
    try (SqliteStore store = SqliteStore.open(dir.resolve("o.db"))) {
      store.put(raw("aj.html", "<p>aj</p>"), new Article("aj.html", "https://www.aljazeera.com/news/2024/6/14/x", "Ceasefire talks",
          null, List.of(), "2024-06-14T07:43:00+00:00", null, "Al Jazeera", "en", List.of("Ceasefire talks resumed."), List.of()));
      for (String outlet : List.of("aljazeera.com", "www.aljazeera.com", "https://aljazeera.com/", "Al Jazeera")) {
        assertThat(store.search(new SearchQuery("ceasefire", null, null, outlet, 10))).as(outlet).hasSize(1);
      }
    }
  }

  @Test
  void reading_needs_no_write_access_and_no_lock() throws Exception {
    Path file = dir.resolve("r.db");
    try (SqliteStore store = SqliteStore.open(file)) {
      store.put(raw("a.html", "<p>one</p>"), article("a.html", "https://example.com/a", "Harbour talks", "Ministers met."));
    }
    try (java.sql.Connection writer = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file)) {
      writer.setAutoCommit(false);
      writer.createStatement().execute("UPDATE articles SET title = 'changing' WHERE id = 1"); // holds the write lock
      long t0 = System.nanoTime();
      try (SqliteStore reader = SqliteStore.openForReading(file, java.time.Duration.ZERO)) {
        assertThat(reader.stats().articles()).isEqualTo(1);
        assertThatThrownBy(() -> reader.put(raw("b.html", "<p>two</p>"), article("b.html", null, "T", "Body two.")))
            .isInstanceOf(StoreException.class).hasMessageContaining("read-only");
      }
      assertThat((System.nanoTime() - t0) / 1_000_000).as("ms to open and count beside a writer").isLessThan(2_000);
      writer.rollback();
    }
  }

  @Test
  void an_sqlite_file_of_someone_elses_is_not_taken_for_a_store() throws Exception {
    Path foreign = dir.resolve("foreign.db");
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + foreign)) {
      c.createStatement().execute("CREATE TABLE recipes (name TEXT)");
    }
    assertThatThrownBy(() -> SqliteStore.open(foreign)).isInstanceOf(StoreException.class)
        .hasMessageContaining("an SQLite database, but not a Sitrep store").hasMessageNotContaining("baseline");
    assertThatThrownBy(() -> SqliteStore.openForReading(foreign, java.time.Duration.ZERO))
        .hasMessageContaining("not a Sitrep store");
  }

  @Test
  void the_schema_version_constant_is_the_last_migration() throws Exception {
    try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("V"))
          .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow())
          .isEqualTo(SqliteStore.SCHEMA_VERSION);
    }
  }

  /** Acceptance: the 181 benchmark pages stored once, then not again; distinctive phrases find their page first. */
  @Test
  void ingesting_the_benchmark_pages_twice_stores_them_once_and_search_finds_each() {
    Path html = SharedData.require("bench/article-extraction/html");
    Path db = dir.resolve("bench.db");
    List<long[]> firstRun = new ArrayList<>();
    List<String[]> phrases = new ArrayList<>();
    for (int run = 0; run < 2; run++) {
      int[] stored = {0};
      try (SqliteStore store = SqliteStore.open(db)) {
        DocumentSource.withDefaults().read(List.of(html.toString()), new DocumentSink() {
          @Override
          public void document(RawDocument d) {
            Outcome o = EXTRACTOR.process(d);
            assertThat(o.status()).isEqualTo(Outcome.Status.PROCESSED);
            Stored s = store.put(d, o.article());
            if (s.status() == Stored.Status.STORED) {
              stored[0]++;
              String phrase = distinctivePhrase(o.article().text());
              if (phrase != null) {
                phrases.add(new String[] {String.valueOf(s.articleId()), phrase});
              }
            }
          }

          @Override
          public void unreadable(String source, String name, boolean skipped, String reason) {
            throw new AssertionError(source + ": " + reason);
          }
        });
        firstRun.add(new long[] {stored[0]});
        if (run == 1) {
          for (int i = 0; i < phrases.size() && i < 181; i += 9) { // 20 articles, spread over the set
            String[] p = phrases.get(i);
            List<SearchHit> hits = store.search(SearchQuery.of("\"" + p[1] + "\""));
            assertThat(hits).as("search for \"%s\"", p[1]).isNotEmpty();
            assertThat(hits.get(0).articleId()).as("top hit for \"%s\"", p[1]).isEqualTo(Long.parseLong(p[0]));
          }
        }
      }
    }
    assertThat(firstRun.get(0)[0]).isEqualTo(181);
    assertThat(firstRun.get(1)[0]).isZero();
  }

  /** Eight words from the middle of the longest paragraph, letters only so FTS5 reads them as a phrase. */
  static String distinctivePhrase(String text) {
    String longest = "";
    for (String p : text.split("\n\n")) {
      if (p.length() > longest.length()) {
        longest = p;
      }
    }
    String[] words = longest.replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" ");
    if (words.length < 8) {
      return null;
    }
    int start = words.length / 2 - 4;
    return String.join(" ", java.util.Arrays.copyOfRange(words, start, start + 8));
  }
}
