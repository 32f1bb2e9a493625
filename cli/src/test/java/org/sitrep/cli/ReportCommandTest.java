package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daily situation report of a store built from articles of our own (a week before, and the day). The
 * Markdown is compared with {@code report/2024-06-14.md}; regenerate it with SITREP_UPDATE_GOLDEN=1 and
 * review the diff.
 */
class ReportCommandTest {
  @TempDir Path dir;
  private String db;

  private static final String PAGE = "<html><head><title>%1$s</title><meta property=\"og:site_name\" content=\"%2$s\">"
      + "<meta property=\"og:url\" content=\"https://%3$s/%4$s\">"
      + "<meta property=\"article:published_time\" content=\"%5$s\"></head><body><article><h1>%1$s</h1>%6$s"
      + "</article></body></html>";

  private void page(String file, String title, String outlet, String host, String published, String... paragraphs)
      throws Exception {
    StringBuilder body = new StringBuilder();
    for (String p : paragraphs) body.append("<p>").append(p).append("</p>");
    Files.writeString(dir.resolve("in").resolve(file), PAGE.formatted(title, outlet, host, file.replace(".html", ""),
        published, body));
  }

  @BeforeEach
  void store() throws Exception {
    Files.createDirectories(dir.resolve("in"));
    page("pact.html", "Baltic neighbours sign energy pact", "Riga Herald", "rigaherald.example", "2024-06-10T09:00:00+03:00",
        "Estonia and Latvia signed an energy agreement in Tallinn on Monday.",
        "The deal links the two countries' electricity grids before the winter.");
    page("gps-a.html", "Latvia accuses Russia of jamming signals &lt;script&gt;alert(1)&lt;/script&gt;", "Baltic Wire", "balticwire.example",
        "2024-06-14T08:00:00+03:00",
        "Latvia accused Russia of jamming satellite navigation signals over the Baltic Sea on Friday.",
        "Russia denied the accusation and said its exercises posed no threat to civilian aircraft.",
        "“We will not tolerate these provocations,” the Latvian foreign minister, Anna Berzina, said.");
    page("gps-b.html", "Latvia says Russia jams satellite navigation over the Baltic", "Nordic Times", "nordictimes.example",
        "2024-06-14T11:30:00+02:00",
        "Latvian officials accused Russia of jamming satellite navigation signals over the Baltic Sea on Friday,"
            + " disrupting civilian aircraft near the coast.",
        "Airlines reported dozens of flights whose satellite navigation failed over the Baltic during the week.");
    page("drills.html", "Estonia and Latvia plan naval drills", "Tallinn Post", "tallinnpost.example",
        "2024-06-14T15:00:00+03:00",
        "Estonia and Latvia agreed to hold joint naval exercises next month, the Estonian defence minister said.");
    db = dir.resolve("r.db").toString();
    var r = ExtractCommandTest.run("ingest", dir.resolve("in").toString(), "--db", db, "--no-progress");
    assertThat(r.status()).as(r.err()).isZero();
  }

  @Test
  void the_markdown_report_is_the_expected_one_and_says_what_a_reader_needs() throws Exception {
    var run = ExtractCommandTest.run("report", "--db", db, "--day", "2024-06-14");
    assertThat(run.status()).as(run.err()).isZero();
    String md = run.out();
    Path expected = Path.of("src/test/resources/report/2024-06-14.md");
    if (System.getenv("SITREP_UPDATE_GOLDEN") != null) Files.writeString(expected, md, StandardCharsets.UTF_8);
    assertThat(md).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    // the GPS story is told by two outlets, the pact of four days before is not the day's
    assertThat(md).contains("2 articles from 2 outlets").doesNotContain("energy pact");
    // Latvia → Russia is new this week; Estonia → Latvia was active four days before, so it is not
    assertThat(md).containsPattern("\\*\\*new\\*\\*: LVA → RUS").doesNotContain("**new**: EST → LVA");
    assertThat(md).contains("## Key quotes").contains("We will not tolerate these provocations");
    // the same store and day give the same report
    assertThat(ExtractCommandTest.run("report", "--db", db, "--day", "2024-06-14").out()).isEqualTo(md);
  }

  @Test
  void the_html_report_is_well_formed_and_shows_article_text_inert() {
    var run = ExtractCommandTest.run("report", "--db", db, "--day", "2024-06-14", "--format", "html");
    assertThat(run.status()).as(run.err()).isZero();
    Parser parser = Parser.htmlParser().setTrackErrors(50);
    Document doc = Jsoup.parse(run.out(), "", parser);
    assertThat(parser.getErrors()).as("HTML parse errors").isEmpty();
    assertThat(doc.select("script")).isEmpty();
    assertThat(doc.text()).contains("<script>alert(1)</script>"); // shown as text
    assertThat(doc.select("h2").eachText()).containsExactly("Top stories", "New and escalating actor pairs",
        "Events by modality", "Key quotes");
    assertThat(doc.select("a[href]").eachAttr("href")).allMatch(h -> h.startsWith("https://"));
  }

  @Test
  void a_day_with_nothing_says_so_and_a_bad_day_is_refused() {
    String md = ExtractCommandTest.run("report", "--db", db, "--day", "2024-01-01").out();
    assertThat(md).contains("No stories on this day.").contains("No events dated this day.");
    var bad = ExtractCommandTest.run("report", "--db", db, "--day", "14/06/2024");
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).contains("--day takes a date such as 2024-06-14");
  }

  @Test
  void a_watchlist_adds_what_each_rule_found_that_day() throws Exception {
    Path list = dir.resolve("baltic.yaml");
    Files.writeString(list, """
        name: Baltic
        rules:
          - name: Accusations against Russia
            target: RUS
            cameo: ["11"]
          - name: Navigation jamming
            text: '"satellite navigation"'
          - name: Anything denied
            modality: [denied]
        """);
    var run = ExtractCommandTest.run("report", "--db", db, "--day", "2024-06-14", "--watchlist", list.toString());
    assertThat(run.status()).as(run.err()).isZero();
    String md = run.out();
    assertThat(md).contains("## Watchlist: Baltic").contains("### Accusations against Russia")
        .contains("- LVA GOV → RUS GOV: 112 Accuse").contains("### Navigation jamming").contains("- article: ")
        .contains("### Anything denied\n\nNothing this day.");
    var html = ExtractCommandTest.run("report", "--db", db, "--day", "2024-06-14", "--watchlist", list.toString(),
        "--format", "html");
    assertThat(Jsoup.parse(html.out()).select("h2").eachText()).contains("Watchlist: Baltic");
    Files.writeString(list, "rules:\n  - soruce: RUS\n");
    var bad = ExtractCommandTest.run("report", "--db", db, "--day", "2024-06-14", "--watchlist", list.toString());
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).contains("unknown field 'soruce'");
  }

  @Test
  void a_delivered_report_goes_out_once_per_watchlist_and_day() throws Exception {
    Path list = dir.resolve("baltic.yaml");
    Files.writeString(list, "name: Baltic\nrules:\n  - name: Accusations against Russia\n    target: RUS\n    cameo: [\"11\"]\n");
    Path jsonl = dir.resolve("reports.jsonl");
    var first = ExtractCommandTest.run("report", "--db", db, "--day", "2024-06-14", "--watchlist", list.toString(), "--deliver",
        "--jsonl", jsonl.toString(), "--out", dir.resolve("r.md").toString());
    assertThat(first.status()).as(first.err()).isZero();
    assertThat(first.err()).contains("2024-06-14 for Baltic: delivered");
    var again = ExtractCommandTest.run("report", "--db", db, "--day", "2024-06-14", "--watchlist", list.toString(), "--deliver",
        "--jsonl", jsonl.toString(), "--out", dir.resolve("r.md").toString());
    assertThat(again.err()).contains("recorded before, not sent again");
    var lines = Files.readAllLines(jsonl);
    assertThat(lines).hasSize(1);
    var n = new com.fasterxml.jackson.databind.ObjectMapper().readTree(lines.get(0));
    assertThat(n.get("rule").asText()).isEqualTo("daily report");
    assertThat(n.get("items").get(0).get("report").get("text").asText()).isEqualTo(Files.readString(dir.resolve("r.md")))
        .contains("# Situation report: 2024-06-14");
    // another day is another report
    var next = ExtractCommandTest.run("report", "--db", db, "--day", "2024-06-15", "--watchlist", list.toString(), "--deliver",
        "--jsonl", jsonl.toString());
    assertThat(next.err()).contains("2024-06-15 for Baltic: delivered");
    assertThat(Files.readAllLines(jsonl)).hasSize(2);
    assertThat(ExtractCommandTest.run("report", "--db", db, "--deliver").err()).contains("give --watchlist");
  }
}
