package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** New-match alerts: each matching event told once per rule, wire copies and re-runs included. */
class WatchCommandTest {
  @TempDir Path dir;

  private static final String PAGE = "<html><head><title>%1$s</title><meta property=\"og:site_name\" content=\"%2$s\">"
      + "<meta property=\"og:url\" content=\"https://%3$s/%4$s\">"
      + "<meta property=\"article:published_time\" content=\"%5$sT09:00:00+00:00\"></head><body><article><h1>%1$s</h1>"
      + "<p>%6$s</p><p>Officials said the matter would be raised at the next meeting of the council.</p></article></body></html>";

  private Path page(String dirName, String file, String title, String host, String body) throws Exception {
    Path d = Files.createDirectories(dir.resolve(dirName));
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    Files.writeString(d.resolve(file), PAGE.formatted(title, host, host, file, today, body));
    return d;
  }

  @Test
  void each_new_match_is_told_once_whatever_the_copies_and_reruns() throws Exception {
    String db = dir.resolve("w.db").toString();
    Path list = dir.resolve("baltic.yaml");
    Files.writeString(list, "name: Baltic\nrules:\n  - name: Accusations against Russia\n    target: RUS\n    cameo: [\"11\"]\n");
    Path jsonl = dir.resolve("alerts.jsonl");
    Path first = page("one", "a.html", "Latvia accuses Russia", "balticwire.example",
        "Latvia accused Russia of jamming satellite navigation signals over the Baltic Sea.");
    assertThat(ExtractCommandTest.run("ingest", first.toString(), "--db", db, "--no-progress").status()).isZero();

    var run1 = ExtractCommandTest.run("watch", "--watchlist", list.toString(), "--db", db, "--jsonl", jsonl.toString());
    assertThat(run1.status()).as(run1.err()).isZero();
    assertThat(run1.out()).contains("Baltic / Accusations against Russia: 1 new event").contains("LVA GOV → RUS GOV: 112");
    List<String> lines = Files.readAllLines(jsonl);
    assertThat(lines).hasSize(1);
    JsonNode n = new ObjectMapper().readTree(lines.get(0));
    assertThat(n.get("version").asInt()).isEqualTo(1);
    assertThat(n.get("key").asText()).hasSize(64);
    assertThat(n.get("items").get(0).get("event").get("evidence").asText()).contains("jamming");
    assertThat(n.get("items").get(0).get("event").get("sourceUrl").asText()).isEqualTo("https://balticwire.example/a.html");

    // run again: nothing new
    var run2 = ExtractCommandTest.run("watch", "--watchlist", list.toString(), "--db", db, "--jsonl", jsonl.toString());
    assertThat(run2.err()).contains("0 new items");
    // a wire copy of the same act is the same event: nothing new
    Path copy = page("two", "b.html", "Riga says Moscow jams signals", "nordictimes.example",
        "Latvia accused Russia of jamming satellite navigation signals over the Baltic Sea, officials in Riga said.");
    assertThat(ExtractCommandTest.run("ingest", copy.toString(), "--db", db, "--no-progress").status()).isZero();
    assertThat(ExtractCommandTest.run("watch", "--watchlist", list.toString(), "--db", db).err()).contains("0 new items");
    // a new act is told
    Path other = page("three", "c.html", "Estonia accuses Russia", "tallinnpost.example",
        "Estonia accused Russia of violating its airspace with a military plane.");
    assertThat(ExtractCommandTest.run("ingest", other.toString(), "--db", db, "--no-progress").status()).isZero();
    var run4 = ExtractCommandTest.run("watch", "--watchlist", list.toString(), "--db", db, "--jsonl", jsonl.toString());
    assertThat(run4.out()).contains("1 new event").contains("EST GOV → RUS GOV");
    assertThat(Files.readAllLines(jsonl)).hasSize(2);
  }

  /** A rule's events rising above their own trailing baseline are told as a spike, once. */
  @Test
  void a_spike_is_told_once() throws Exception {
    String db = dir.resolve("s.db").toString();
    Path list = dir.resolve("spike.yaml");
    Files.writeString(list, "name: Baltic\nrules:\n  - name: Accusations against Russia\n    target: RUS\n"
        + "    cameo: [\"11\"]\n    spike: {window: 1, baseline: 7, factor: 3, min: 3}\n");
    Path in = Files.createDirectories(dir.resolve("spike-in"));
    String old = LocalDate.now(ZoneOffset.UTC).minusDays(8).toString();
    Files.writeString(in.resolve("old.html"), PAGE.formatted("Poland accuses Russia", "warsawdaily.example",
        "warsawdaily.example", "old.html", old, "Poland accused Russia of sabotage at a railway depot."));
    String[][] today = {{"a.html", "Latvia", "Latvia accused Russia of jamming satellite navigation signals."},
        {"b.html", "Estonia", "Estonia accused Russia of violating its airspace with a military plane."},
        {"c.html", "Lithuania", "Lithuania accused Russia of smuggling migrants across the border."}};
    for (String[] t : today) {
      page("spike-in", t[0], t[1] + " accuses Russia", t[0].charAt(0) + "wire.example", t[2]);
    }
    assertThat(ExtractCommandTest.run("ingest", in.toString(), "--db", db, "--no-progress").status()).isZero();
    var first = ExtractCommandTest.run("watch", "--watchlist", list.toString(), "--db", db, "--days", "10");
    assertThat(first.status()).as(first.err()).isZero();
    assertThat(first.out()).contains("Baltic / Accusations against Russia: spike on " + LocalDate.now(ZoneOffset.UTC)
        + ", 3 events against 0.0 per window before");
    var second = ExtractCommandTest.run("watch", "--watchlist", list.toString(), "--db", db, "--days", "10");
    assertThat(second.out()).doesNotContain("spike");
  }

  @Test
  void a_silenced_rule_tells_nothing_and_the_log_shows_the_silence_and_deliveries() throws Exception {
    String db = dir.resolve("s.db").toString();
    Path list = dir.resolve("baltic.yaml");
    Files.writeString(list, "name: Baltic\nrules:\n  - name: Accusations against Russia\n    target: RUS\n    cameo: [\"11\"]\n");
    Path first = page("s1", "a.html", "Latvia accuses Russia", "balticwire.example",
        "Latvia accused Russia of jamming satellite navigation signals over the Baltic Sea.");
    assertThat(ExtractCommandTest.run("ingest", first.toString(), "--db", db, "--no-progress").status()).isZero();
    var unknown = ExtractCommandTest.run("watch", "--watchlist", list.toString(), "--db", db, "--silence", "Nope");
    assertThat(unknown.status()).isNotZero();
    assertThat(unknown.err()).contains("has no rule 'Nope'");
    var muted = ExtractCommandTest.run("watch", "--watchlist", list.toString(), "--db", db, "--silence",
        "Accusations against Russia", "--for", "2h", "--comment", "known campaign");
    assertThat(muted.status()).as(muted.err()).isZero();
    assertThat(muted.out()).contains("muted until");
    var run = ExtractCommandTest.run("watch", "--watchlist", list.toString(), "--db", db);
    assertThat(run.out()).doesNotContain("new event");
    assertThat(run.err()).contains("1 silenced");
    var log = ExtractCommandTest.run("watch", "--watchlist", list.toString(), "--db", db, "--log");
    assertThat(log.out()).contains("Accusations against Russia").contains("(active), 1 items muted: known campaign");
  }

  /** serve runs each watchlist's alerts on a timer: one round tells the new match once, the next nothing. */
  @Test
  void a_serve_alert_round_tells_new_matches_once_and_public_serving_needs_a_password() throws Exception {
    Path db = dir.resolve("serve.db");
    Path list = dir.resolve("baltic.yaml");
    Files.writeString(list, "name: Baltic\nrules:\n  - name: Accusations against Russia\n    target: RUS\n    cameo: [\"11\"]\n");
    Path in = page("serve-in", "a.html", "Lithuania accuses Russia", "vilniusnews.example",
        "Lithuania accused Russia of flying drones over a military base near the border.");
    assertThat(ExtractCommandTest.run("ingest", in.toString(), "--db", db.toString(), "--no-progress").status()).isZero();
    java.io.StringWriter err = new java.io.StringWriter();
    ServeCommand.alertRound(db, List.of(list), new java.io.PrintWriter(err, true));
    assertThat(err.toString()).contains("Baltic / Accusations against Russia: 1 new event").contains("LTU GOV → RUS GOV");
    java.io.StringWriter again = new java.io.StringWriter();
    ServeCommand.alertRound(db, List.of(list, dir.resolve("missing.yaml")), new java.io.PrintWriter(again, true));
    assertThat(again.toString()).doesNotContain("new event").contains("alerts of " + dir.resolve("missing.yaml") + " not run this round");

    // the dashboard starts on the CLI's own classpath (a test library's older Jetty once broke it) and serves the store
    try (org.sitrep.web.Dashboard dashboard = org.sitrep.web.Dashboard.start(db, "127.0.0.1", 0)) {
      var http = java.net.http.HttpClient.newHttpClient();
      var page = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + dashboard.port() + "/")).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("1 article,");
    }

    var refused = ExtractCommandTest.run("serve", "--public", "--db", db.toString());
    assertThat(refused.status()).isEqualTo(2);
    assertThat(refused.err()).contains("--public needs a password");
  }
}
