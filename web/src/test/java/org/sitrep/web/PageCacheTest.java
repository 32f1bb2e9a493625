package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.SqliteStore;

/** Pages are kept until the store changes, and only so long: a commit by another process shows at the next request. */
class PageCacheTest {
  @TempDir Path dir;

  @Test
  void a_kept_page_is_served_again_until_another_process_writes_the_store() throws Exception {
    Path db = dir.resolve("c.db");
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    try (SqliteStore store = SqliteStore.open(db)) {
      TestStore.put(store, 1, "Finland accuses Russia of airspace violation", "FIN", "RUS", "112", 3, today);
    }
    HttpClient http = HttpClient.newHttpClient();
    try (Dashboard dashboard = Dashboard.start(db, "127.0.0.1", 0)) {
      URI overview = URI.create("http://127.0.0.1:" + dashboard.port() + "/");
      String first = http.send(HttpRequest.newBuilder(overview).build(), HttpResponse.BodyHandlers.ofString()).body();
      String again = http.send(HttpRequest.newBuilder(overview).build(), HttpResponse.BodyHandlers.ofString()).body();
      assertThat(first).contains("1 article,").isEqualTo(again);
      assertThat(dashboard.cacheStats()).startsWith("1 pages served kept, 1 made");
      // an ingest elsewhere commits a second article: the next request sees it
      try (SqliteStore writer = SqliteStore.open(db)) {
        TestStore.put(writer, 2, "Norway protests to Russia over fishing zone", "NOR", "RUS", "111", 3, today);
      }
      String after = http.send(HttpRequest.newBuilder(overview).build(), HttpResponse.BodyHandlers.ofString()).body();
      assertThat(after).contains("2 articles, 2 events");
    }
  }
}
