package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A feed, a sitemap index, robots.txt, redirects, a slow and an oversized response, a non-HTML
 * response, a self-referencing feed and links to addresses that are never fetched — all served by a
 * loopback server this test starts — each with its outcome in the ingest summary.
 */
class IngestFromTheWebTest {
  @TempDir Path dir;
  HttpServer server;
  String base;

  private static String page(String title) {
    return "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1>"
        + "<p>" + title + ": officials said on Monday that talks on the border dispute would continue next week.</p>"
        + "<p>The envoy said both delegations had agreed to exchange lists of prisoners before the next round.</p>"
        + "</article></body></html>";
  }

  @BeforeEach
  void serve() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    String rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Example</title><link>%1$s/</link><description>d</description><ttl>30</ttl>
        <item><title>A</title><link>%1$s/a</link></item>
        <item><title>Moved</title><link>%1$s/moved</link></item>
        <item><title>Loop</title><link>%1$s/loop1</link></item>
        <item><title>Slow</title><link>%1$s/slow</link></item>
        <item><title>Big</title><link>%1$s/big</link></item>
        <item><title>Blocked</title><link>%1$s/blocked/page</link></item>
        <item><title>Image</title><link>%1$s/image.jpg</link></item>
        <item><title>Metadata</title><link>http://169.254.169.254/latest/meta-data</link></item>
        <item><title>Self</title><link>%1$s/feed.xml</link></item>
        </channel></rss>""".formatted(base);
    String index = """
        <?xml version="1.0" encoding="UTF-8"?>
        <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        <sitemap><loc>%1$s/sitemap-1.xml</loc></sitemap></sitemapindex>""".formatted(base);
    String sitemap = """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        <url><loc>%1$s/c</loc></url><url><loc>%1$s/a</loc></url></urlset>""".formatted(base);
    route("/feed.xml", 200, "application/rss+xml", rss);
    route("/sitemap.xml", 200, "application/xml", index);
    route("/sitemap-1.xml", 200, "application/xml", sitemap);
    route("/robots.txt", 200, "text/plain", "User-agent: *\nDisallow: /blocked/\n");
    route("/a", 200, "text/html; charset=utf-8", page("Story A"));
    route("/b", 200, "text/html; charset=utf-8", page("Story B"));
    route("/c", 200, "text/html; charset=utf-8", page("Story C"));
    route("/blocked/page", 200, "text/html", page("Never fetched"));
    route("/image.jpg", 200, "image/jpeg", "JPEG");
    server.createContext("/moved", ex -> redirect(ex, base + "/b"));
    for (int i = 1; i <= 8; i++) {
      int next = i + 1;
      server.createContext("/loop" + i, ex -> redirect(ex, base + "/loop" + next));
    }
    server.createContext("/slow", ex -> {
      ex.getResponseHeaders().add("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 0);
      try (OutputStream o = ex.getResponseBody()) {
        for (int i = 0; i < 30; i++) {
          o.write("<p>slow</p>".getBytes(StandardCharsets.UTF_8));
          o.flush();
          Thread.sleep(200);
        }
      } catch (InterruptedException | IOException e) {
        // the client gave up, as it should
      }
    });
    server.createContext("/big", ex -> {
      ex.getResponseHeaders().add("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 0);
      try (OutputStream o = ex.getResponseBody()) {
        byte[] chunk = "<p>big big big big big big big big</p>\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 100; i++) {
          o.write(chunk);
        }
      } catch (IOException e) {
        // the client stopped reading at its cap
      }
    });
    server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void route(String path, int status, String type, String body) {
    server.createContext(path, ex -> send(ex, status, type, body));
  }

  private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", type);
    ex.sendResponseHeaders(status, b.length);
    try (OutputStream o = ex.getResponseBody()) {
      o.write(b);
    }
  }

  private static void redirect(HttpExchange ex, String to) throws IOException {
    ex.getResponseHeaders().add("Location", to);
    ex.sendResponseHeaders(302, -1);
    ex.close();
  }

  @Test
  void every_outcome_is_in_the_summary() throws Exception {
    String db = dir.resolve("web.db").toString();
    List<String> args = new ArrayList<>(List.of("ingest", base + "/feed.xml", base + "/sitemap.xml", "--db", db,
        "--format", "json", "--no-progress", "--allow-private", "--set", "source.hostDelayMillis=0",
        "--set", "source.readTimeoutSeconds=2", "--set", "source.maxBytes=1000000"));
    var run = ExtractCommandTest.run(args.toArray(String[]::new));
    JsonNode summary = new ObjectMapper().readTree(run.out());
    assertThat(summary.get("stored").asInt()).as(run.err()).isEqualTo(3); // a, b (via redirect), c
    List<String> reasons = new ArrayList<>();
    summary.get("reasons").forEach(r -> reasons.add(r.get("status").asText() + " " + r.get("source").asText()
        + ": " + r.get("reason").asText()));
    assertThat(reasons).anySatisfy(r -> assertThat(r).contains("/loop1").contains("more than 5 redirects"));
    assertThat(reasons).anySatisfy(r -> assertThat(r).contains("/slow").containsAnyOf("timed out", "still arriving"));
    assertThat(reasons).anySatisfy(r -> assertThat(r).contains("/big").contains("byte limit"));
    assertThat(reasons).anySatisfy(r -> assertThat(r).startsWith("skipped").contains("/blocked/page").contains("robots.txt"));
    assertThat(reasons).anySatisfy(r -> assertThat(r).startsWith("skipped").contains("image.jpg").contains("image/jpeg"));
    assertThat(reasons).anySatisfy(r -> assertThat(r).startsWith("skipped").contains("169.254.169.254").contains("never fetched"));
    assertThat(reasons).anySatisfy(r -> assertThat(r).startsWith("skipped").contains("/feed.xml").contains("already read"));
    assertThat(reasons).anySatisfy(r -> assertThat(r).startsWith("skipped").endsWith("/a: already read in this run (a feed, sitemap or page pointing to itself?)"));
    assertThat(summary.get("failed").asInt()).isEqualTo(3);
    assertThat(run.status()).isEqualTo(1);
  }

  @Test
  void a_malformed_feed_fails_with_its_reason_and_loopback_needs_permission() throws Exception {
    route("/broken.xml", 200, "application/rss+xml", "<?xml version=\"1.0\"?><rss><channel><item><link>");
    String db = dir.resolve("b.db").toString();
    var run = ExtractCommandTest.run("ingest", base + "/broken.xml", "--db", db, "--format", "json", "--no-progress",
        "--allow-private", "--set", "source.hostDelayMillis=0");
    JsonNode summary = new ObjectMapper().readTree(run.out());
    assertThat(summary.get("reasons").get(0).get("reason").asText()).startsWith("malformed feed");
    var refused = ExtractCommandTest.run("ingest", base + "/a", "--db", db, "--format", "json", "--no-progress");
    assertThat(new ObjectMapper().readTree(refused.out()).get("reasons").get(0).get("reason").asText())
        .contains("--allow-private");
  }

  @Test
  void a_huge_sitemap_is_cut_at_the_link_limit() throws Exception {
    StringBuilder huge = new StringBuilder("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
    for (int i = 0; i < 20_000; i++) {
      huge.append("<url><loc>").append(base).append("/p/").append(i).append("</loc></url>");
    }
    route("/huge.xml", 200, "application/xml", huge.append("</urlset>").toString());
    server.createContext("/p/", ex -> send(ex, 200, "text/html", page("Page " + ex.getRequestURI().getPath())));
    var run = ExtractCommandTest.run("ingest", base + "/huge.xml", "--db", dir.resolve("bomb.db").toString(),
        "--format", "json", "--no-progress", "--allow-private", "--set", "source.hostDelayMillis=0",
        "--set", "source.maxLinks=50");
    JsonNode summary = new ObjectMapper().readTree(run.out());
    assertThat(summary.get("stored").asInt()).isEqualTo(50);
    List<String> reasons = new ArrayList<>();
    summary.get("reasons").forEach(r -> reasons.add(r.get("source").asText() + ": " + r.get("reason").asText()));
    assertThat(reasons).anySatisfy(r -> assertThat(r).contains("huge.xml").contains("more than 50 links"));
  }

  @Test
  void nested_sitemap_indexes_stop_at_the_depth_limit() throws Exception {
    server.createContext("/deep/", ex -> {
      int level = Integer.parseInt(ex.getRequestURI().getPath().substring("/deep/".length()));
      send(ex, 200, "application/xml", "<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
          + "<sitemap><loc>" + base + "/deep/" + (level + 1) + "</loc></sitemap></sitemapindex>");
    });
    var run = ExtractCommandTest.run("ingest", base + "/deep/0", "--db", dir.resolve("deep.db").toString(),
        "--format", "json", "--no-progress", "--allow-private", "--set", "source.hostDelayMillis=0");
    JsonNode summary = new ObjectMapper().readTree(run.out());
    assertThat(summary.get("reasons")).singleElement().satisfies(r ->
        assertThat(r.get("reason").asText()).contains("nested deeper than 4"));
  }

  @Test
  void watching_a_feed_reads_only_what_is_new_and_honours_its_etag() throws Exception {
    java.util.concurrent.atomic.AtomicInteger version = new java.util.concurrent.atomic.AtomicInteger(1);
    java.util.concurrent.atomic.AtomicInteger pageRequests = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger notModified = new java.util.concurrent.atomic.AtomicInteger();
    server.createContext("/watched.xml", ex -> {
      String etag = "\"v" + version.get() + "\"";
      if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        notModified.incrementAndGet();
        ex.sendResponseHeaders(304, -1);
        ex.close();
        return;
      }
      StringBuilder items = new StringBuilder();
      for (int i = 1; i <= version.get() + 1; i++) {
        items.append("<item><title>W").append(i).append("</title><link>").append(base).append("/w/").append(i).append("</link></item>");
      }
      ex.getResponseHeaders().add("ETag", etag);
      send(ex, 200, "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>W</title><link>"
          + base + "</link><description>d</description>" + items + "</channel></rss>");
      version.compareAndSet(1, 2); // the second poll sees one more item, the third nothing new
    });
    server.createContext("/w/", ex -> {
      pageRequests.incrementAndGet();
      send(ex, 200, "text/html", page("Watched story " + ex.getRequestURI().getPath()));
    });
    var run = ExtractCommandTest.run("ingest", base + "/watched.xml", "--watch", "--rounds", "3", "--interval", "0",
        "--db", dir.resolve("w.db").toString(), "--no-progress", "--allow-private", "--set", "source.hostDelayMillis=0");
    assertThat(run.status()).as(run.err()).isZero();
    // rounds that found something are told, with when the next poll is due; the quiet third is not
    assertThat(run.err()).contains("1 sources polled, 2 new documents stored, 0 skipped, 0 failed; next poll in")
        .contains("1 sources polled, 1 new documents stored");
    assertThat(run.err().lines().filter(l -> l.contains("sources polled")).count()).isEqualTo(2);
    assertThat(pageRequests.get()).as("each page fetched once").isEqualTo(3);
    assertThat(notModified.get()).as("third poll answered 304").isEqualTo(1);
  }

  /** A cron run over the same feed: pages the store has are not fetched, extracted or coded again. */
  @Test
  void a_second_run_over_a_feed_fetches_no_page_it_already_stored() throws Exception {
    java.util.concurrent.atomic.AtomicInteger pageRequests = new java.util.concurrent.atomic.AtomicInteger();
    server.createContext("/known.xml", ex -> send(ex, 200, "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\">"
        + "<channel><title>K</title><link>" + base + "</link><description>d</description>"
        + "<item><title>K1</title><link>" + base + "/k/1</link></item>"
        + "<item><title>K2</title><link>" + base + "/k/2</link></item></channel></rss>"));
    server.createContext("/k/", ex -> {
      pageRequests.incrementAndGet();
      send(ex, 200, "text/html", page("Known story " + ex.getRequestURI().getPath()));
    });
    String db = dir.resolve("k.db").toString();
    String[] args = {"ingest", base + "/known.xml", "--db", db, "--no-progress", "--allow-private", "--set",
        "source.hostDelayMillis=0", "--format", "json"};
    var first = ExtractCommandTest.run(args);
    assertThat(first.status()).as(first.err()).isZero();
    assertThat(pageRequests.get()).isEqualTo(2);
    var second = ExtractCommandTest.run(args);
    assertThat(second.status()).as(second.err()).isZero();
    assertThat(pageRequests.get()).as("no page fetched again").isEqualTo(2);
    assertThat(second.err()).contains("2 documents: 0 stored, 2 already stored");
  }

  /** A feed's ttl longer than --interval is honoured and said, not applied silently. */
  @Test
  void a_feeds_ttl_is_told_when_it_lengthens_the_interval() {
    var run = ExtractCommandTest.run("ingest", base + "/feed.xml", "--watch", "--rounds", "1", "--interval", "60",
        "--db", dir.resolve("ttl.db").toString(), "--no-progress", "--allow-private", "--set", "source.hostDelayMillis=0");
    assertThat(run.err()).contains(base + "/feed.xml asks to be polled at most every 30 min (RSS ttl)")
        .contains("next poll in 30 min");
  }

  /** With a watchlist, alerts run between polls; a feed that keeps failing is told once, as failing. */
  @Test
  void a_failing_feed_is_told_by_the_watchlists_alerts_between_polls() throws Exception {
    server.createContext("/dead.xml", ex -> send(ex, 404, "text/plain", "gone"));
    java.nio.file.Path list = dir.resolve("desk.yaml");
    java.nio.file.Files.writeString(list, "name: Desk\nrules:\n  - name: Russia\n    actor: RUS\nalerts:\n  failures: 2\n");
    String db = dir.resolve("dead.db").toString();
    var run = ExtractCommandTest.run("ingest", base + "/dead.xml", "--watch", "--rounds", "3", "--interval", "0",
        "--watchlist", list.toString(), "--db", db, "--no-progress", "--allow-private", "--set", "source.hostDelayMillis=0");
    assertThat(run.out()).contains("Desk / watched sources: 1 source gone quiet or failing")
        .contains(base + "/dead.xml failing since").contains("polls failed in a row");
    assertThat(run.out().lines().filter(l -> l.contains("gone quiet or failing")).count()).as("told once").isEqualTo(1);
    var misuse = ExtractCommandTest.run("ingest", base + "/dead.xml", "--watchlist", list.toString(), "--db", db);
    assertThat(misuse.status()).isEqualTo(2);
    assertThat(misuse.err()).contains("it needs --watch");
  }
}
