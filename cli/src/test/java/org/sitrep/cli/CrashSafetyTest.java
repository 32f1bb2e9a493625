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
 * An ingest of 2,000 documents killed with SIGKILL at random moments, five times, and restarted
 * each time, ends with every document stored exactly once and a sound database file. Each run is a
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
    int documents = 2000;
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
        "org.sitrep.cli.SitrepCommand", "ingest", in.toString(), "--db", db.toString(), "--no-progress", "-j", "2");
    int kills = 0;
    for (int attempt = 0; attempt < 30 && kills < 5; attempt++) {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("log-" + attempt).toFile()).start();
      long waitMs = 1500 + random.nextInt(2500);
      if (!p.waitFor(waitMs, TimeUnit.MILLISECONDS)) {
        p.destroyForcibly(); // SIGKILL
        p.waitFor();
        kills++;
      }
    }
    assertThat(kills).as("runs killed mid-way").isGreaterThanOrEqualTo(5);
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
}
