package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest of 3,000 documents killed with SIGKILL at random moments while it stores them, five
 * times, and restarted each time, ends with every document stored exactly once and a sound
 * database file. Each run is a
 * real separate JVM, so the kill is the operating system's, not a simulated exception.
 */
class CrashSafetyTest {
  @TempDir Path dir;

  private static final String[] WORDS = ("minister talks border ceasefire envoy capital troops election court protest "
      + "budget strike harbour drought flood summit treaty sanctions parliament coalition").split(" ");

  @Test
  void killed_ingests_resume_and_store_every_document_exactly_once() throws Exception {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    Random random = new Random(42);
    int documents = 3000;
    for (int i = 0; i < documents; i++) {
      StringBuilder body = new StringBuilder();
      for (int p = 0; p < 6; p++) {
        body.append("<p>Report ").append(i).append('.').append(p).append(':');
        for (int w = 0; w < 40; w++) {
          body.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        body.append(".</p>");
      }
      Files.writeString(in.resolve(String.format("doc-%04d.html", i)), "<html><head><title>Report " + i
          + "</title></head><body><article><h1>Report " + i + "</h1>" + body + "</article></body></html>");
    }
    Path db = dir.resolve("crash.db");
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = List.of(java, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
        "org.sitrep.cli.SitrepCommand", "ingest", in.toString(), "--db", db.toString(), "--no-progress", "-j", "2",
        "--no-code"); // without coding, no model loading: the kills land while documents are being stored
    int kills = 0;
    int midway = 0; // kills after which some, not all, documents were stored, and more than before
    int storedBefore = 0;
    List<Integer> afterKills = new ArrayList<>();
    for (int attempt = 0; attempt < 30 && kills < 5; attempt++) {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("log-" + attempt).toFile()).start();
      // kill at a random moment after this run has stored something (a group committed), so that
      // each kill lands mid-ingest rather than during start-up or after the end
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (p.isAlive() && storedArticles(db) <= storedBefore && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      if (!p.waitFor(random.nextInt(400), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly(); // SIGKILL
        p.waitFor();
        kills++;
        int stored = storedArticles(db);
        afterKills.add(stored);
        if (stored > storedBefore && stored < documents) midway++;
        storedBefore = Math.max(storedBefore, stored);
      }
    }
    assertThat(kills).as("runs killed").isGreaterThanOrEqualTo(5);
    assertThat(midway).as("runs killed mid-way, with some documents stored and some not; articles after each kill: "
        + afterKills).isGreaterThanOrEqualTo(3);
    System.out.println("crash safety: articles stored after each kill " + afterKills);
    Process last = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("log-final").toFile()).start();
    assertThat(last.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(last.exitValue()).as(Files.readString(dir.resolve("log-final"))).isZero();

    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      try (ResultSet r = c.createStatement().executeQuery("PRAGMA integrity_check")) {
        r.next();
        assertThat(r.getString(1)).isEqualTo("ok");
      }
      try (ResultSet r = c.createStatement().executeQuery(
          "SELECT count(*), count(DISTINCT d.source), (SELECT count(*) FROM documents) FROM articles a JOIN documents d ON d.id = a.document_id")) {
        r.next();
        assertThat(r.getInt(1)).as("articles").isEqualTo(documents);
        assertThat(r.getInt(2)).as("distinct sources").isEqualTo(documents);
        assertThat(r.getInt(3)).as("documents").isEqualTo(documents);
      }
      try (ResultSet r = c.createStatement().executeQuery("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'report'")) {
        r.next();
        assertThat(r.getInt(1)).as("full-text index in step").isEqualTo(documents);
      }
    }
  }

  private static int storedArticles(Path db) throws Exception {
    if (!Files.exists(db)) return 0;
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        ResultSet r = c.createStatement().executeQuery(
            "SELECT count(*) FROM sqlite_master WHERE name = 'articles'")) {
      if (r.getInt(1) == 0) return 0;
      try (ResultSet n = c.createStatement().executeQuery("SELECT count(*) FROM articles")) {
        return n.getInt(1);
      }
    }
  }

  /** Ctrl-C says what was kept and how to go on, instead of ending silently. */
  @Test
  void an_interrupted_ingest_says_how_many_were_stored_and_how_to_continue() throws Exception {
    Path in = dir.resolve("int");
    Files.createDirectories(in);
    for (int i = 0; i < 2000; i++) {
      Files.writeString(in.resolve(String.format("n-%04d.html", i)), "<html><head><title>Note " + i + "</title></head><body>"
          + "<article><h1>Note " + i + "</h1><p>Harbour traffic resumed on day " + i + " after the storm, officials said,"
          + " and ferries ran to the islands again.</p></article></body></html>");
    }
    Path db = dir.resolve("int.db");
    String java = ProcessHandle.current().info().command().orElse("java");
    Process p = new ProcessBuilder(java, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
        "org.sitrep.cli.SitrepCommand", "ingest", in.toString(), "--db", db.toString(), "--no-progress", "--no-code")
        .redirectErrorStream(true).redirectOutput(dir.resolve("log-int").toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (p.isAlive() && storedArticles(db) == 0 && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    new ProcessBuilder("kill", "-INT", String.valueOf(p.pid())).start().waitFor();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String log = Files.readString(dir.resolve("log-int"));
    if (p.exitValue() == 0) return; // it finished before the signal came: nothing to say
    assertThat(p.exitValue()).isEqualTo(130);
    assertThat(log).containsPattern("interrupted: [\\d,]+ documents? stored by this run; run the same command again to continue");
  }
}
