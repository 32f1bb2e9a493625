package org.sitrep.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sitrep.config.SitrepConfig;
import org.sitrep.store.SearchHit;
import org.sitrep.store.SearchQuery;
import org.sitrep.store.SqliteStore;
import org.sitrep.store.StorySummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep demo}: a first run on a fresh machine. Serves a bundled sample — short articles
 * written for Sitrep, as pages listed in an RSS feed — from a loopback port, ingests the feed into
 * a temporary store the way a real one would be (fetch, extract, de-duplicate, cluster), and
 * prints what Sitrep found.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Ingest a bundled sample feed (served on a loopback port) into a temporary store and show what Sitrep finds.")
final class DemoCommand implements Callable<Integer> {
  private static final String RESOURCES = "/org/sitrep/cli/demo/";

  @Option(names = "--keep", description = "Keep the demo store (its path is printed) instead of deleting it.")
  boolean keep;

  @picocli.CommandLine.Option(names = "--no-serve", description = "End without starting the dashboard (it starts only when run from a terminal).")
  boolean noServe;

  @Spec CommandSpec spec;

  /** Whether a person is at a terminal (on Java 22 and later a console exists even when output is redirected). */
  private static boolean interactive() {
    java.io.Console c = System.console();
    if (c == null || System.getenv("CI") != null) return false;
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
    } catch (ReflectiveOperationException e) {
      return true; // Java 21: a console is a terminal
    }
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    server.createContext("/", ex -> {
      String path = ex.getRequestURI().getPath();
      String name = path.equals("/") ? "feed.xml" : path.substring(1);
      byte[] body = name.matches("[a-z0-9.-]+\\.(html|xml)") ? resource(name) : null;
      if (body == null) {
        ex.sendResponseHeaders(404, -1);
        ex.close();
        return;
      }
      if (name.equals("feed.xml")) {
        body = new String(body, StandardCharsets.UTF_8).replace("${base}", base).getBytes(StandardCharsets.UTF_8);
      }
      ex.getResponseHeaders().add("Content-Type", name.endsWith(".xml") ? "application/rss+xml" : "text/html; charset=utf-8");
      ex.sendResponseHeaders(200, body.length);
      try (OutputStream o = ex.getResponseBody()) {
        o.write(body);
      }
    });
    server.start();
    Path dir = Files.createTempDirectory("sitrep-demo");
    Path db = dir.resolve("demo.db");
    try {
      SitrepConfig config = SitrepConfig.load(null,
          Map.of("source.allowPrivate", "true", "source.hostDelayMillis", "0"));
      out.println("Sitrep demo: a sample news feed served at " + base + "/feed.xml, ingested into " + db);
      out.println();
      IngestCommand.Result r;
      try (SqliteStore store = SqliteStore.open(db)) {
        r = IngestCommand.ingest(config, IngestCommand.stage(config, store, false),
            new org.sitrep.source.DocumentSource(config.source()), List.of(base + "/feed.xml"), store, err, false,
            store.known());
        out.printf("Ingested %d documents: %d stored (%d linked as copies of another article), %d already stored,"
            + " %d skipped, %d failed.%n%n", r.summary().total(), r.stored(), store.stats().linkedCopies(), r.alreadyStored(),
            r.summary().skipped(), r.summary().failed());
        out.println("Stories (the same news from several outlets is one story; copies are linked to their original):");
        for (StorySummary s : store.stories(null, 1, 10)) {
          out.printf("  %d article%s from %d outlet%s:%n", s.articles(), s.articles() == 1 ? "" : "s", s.outlets(),
              s.outlets() == 1 ? "" : "s");
          for (String h : s.headlines()) {
            out.println("      " + h);
          }
        }
        out.println();
        out.println("Search 'strike AND port':");
        for (SearchHit h : store.search(SearchQuery.of("strike AND port"))) {
          out.printf("  %-50s %s%n", h.title(), h.snippet());
        }
        out.println();
        out.println("Top events (who did what to whom, with modality and who asserts it):");
        for (org.sitrep.store.StoredEvent e : store.events(org.sitrep.store.EventQuery.all(10))) {
          out.println("  " + EventsCommand.line(e));
        }
        out.println();
        out.println("Quotes:");
        for (org.sitrep.store.StoredQuote q : store.quotes(5)) {
          out.printf("  \"%s\" -- %s%n", q.text().length() > 90 ? q.text().substring(0, 87) + "..." : q.text(),
              q.speakerMention() == null ? "(no speaker found)"
                  : q.speakerMention() + " (" + q.speakerCountry() + " " + q.speakerRole() + ")");
        }
        org.sitrep.store.StoreStats st = store.stats();
        out.printf(java.util.Locale.ROOT, "%nThe store holds %s, %s (%d linked as copies), %s, %s and %s.%n",
            org.sitrep.batch.Summary.count(st.documents(), "document"), org.sitrep.batch.Summary.count(st.articles(), "article"),
            st.linkedCopies(), org.sitrep.batch.Summary.count(st.stories(), "story", "stories"),
            org.sitrep.batch.Summary.count(st.actors(), "actor"), org.sitrep.batch.Summary.count(st.events(), "event"));
      }
      out.println();
      out.println("Next: ./sitrep ingest <feed, sitemap, directory or WARC>, then ./sitrep search / events / stories / stats,");
      out.println("or ./sitrep code <file> to see one article's actors, quotes, dates and events as JSON.");
      if (keep) {
        out.println("Demo store kept at " + db);
      }
      out.flush();
      if (!noServe && interactive()) {
        // the dashboard on the demo's store until Ctrl-C; the store is removed then (unless --keep)
        org.sitrep.web.Dashboard dashboard = org.sitrep.web.Dashboard.start(db, "127.0.0.1", 0);
        out.println();
        out.println("The dashboard of the demo store is at http://127.0.0.1:" + dashboard.port() + "/ (Ctrl-C stops it).");
        out.flush();
        ServeCommand.untilStopped(dashboard, () -> {
          try {
            if (!keep) deleteTree(dir);
          } catch (IOException ignored) {
            // a temporary folder; the system cleans it
          }
        });
      }
      return r.summary().failed() > 0 ? 1 : 0;
    } finally {
      server.stop(0);
      if (!keep) {
        deleteTree(dir);
      }
    }
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = DemoCommand.class.getResourceAsStream(RESOURCES + name)) {
      return in == null ? null : in.readAllBytes();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
