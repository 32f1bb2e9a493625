package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a newcomer meets first: messages, exit codes, help and tables that read well. */
class NewUserPolishTest {
  @TempDir Path dir;

  private static final String PAGE = "<html><head><title>%s</title><meta property=\"og:site_name\" content=\"%s\">"
      + "<meta property=\"article:published_time\" content=\"2024-06-14T08:00:00+00:00\"></head><body><article><h1>%s</h1>"
      + "<p>%s</p><p>Officials said further talks were planned for the coming weeks in the capital.</p></article></body></html>";

  private String store() throws Exception {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    Files.writeString(in.resolve("a.html"), PAGE.formatted("Poland expels diplomat", "Daily Example", "Poland expels diplomat",
        "Poland expelled a Belarusian diplomat on Friday, the Polish foreign ministry said."));
    String db = dir.resolve("p.db").toString();
    assertThat(ExtractCommandTest.run("ingest", in.toString(), "--db", db, "--no-progress").status()).isZero();
    return db;
  }

  @Test
  void the_events_table_has_a_header_event_names_and_fits_120_columns() throws Exception {
    String db = store();
    String out = ExtractCommandTest.run("events", "--db", db).out();
    assertThat(out.lines().findFirst().orElseThrow()).startsWith("source").contains("event").contains("evidence");
    assertThat(out).contains("Expel or withdraw");
    assertThat(out.lines()).allMatch(l -> l.length() <= 120);
  }

  @Test
  void actor_filters_take_names_and_cameo_takes_one_digit_roots() throws Exception {
    String db = store();
    assertThat(ExtractCommandTest.run("events", "--db", db, "--source", "Poland", "--cameo", "16", "--format", "csv").out()
        .lines().count()).isEqualTo(2);
    assertThat(ExtractCommandTest.run("events", "--db", db, "--actor", "belarus", "--format", "csv").out()).contains("166");
    var root = ExtractCommandTest.run("events", "--db", db, "--cameo", "4", "--format", "csv");
    assertThat(root.status()).isZero();
    var unknown = ExtractCommandTest.run("events", "--db", db, "--actor", "Narnia");
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.err()).contains("--actor takes an ISO 3166 alpha-3 code");
    var none = ExtractCommandTest.run("events", "--db", db, "--actor", "ISL");
    assertThat(none.err()).contains("0 events match; actors are ISO 3166 alpha-3 codes");
  }

  @Test
  void a_mistyped_command_line_gets_its_reason_and_a_pointer_to_help_not_the_whole_help() {
    var r = ExtractCommandTest.run("search", "--colour", "x");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown option: '--colour'").contains("Try 'sitrep search --help'")
        .doesNotContain("Usage:");
  }

  @Test
  void help_texts_keep_words_whole_and_show_examples() {
    String export = ExtractCommandTest.run("export", "--help").out();
    assertThat(export).contains("61 tab-separated").contains("Examples:");
    String extract = ExtractCommandTest.run("extract", "--help").out();
    assertThat(extract).contains("--set extract.timeoutMillis=5000");
    assertThat(ExtractCommandTest.run("search", "--help").out()).contains("Examples:");
  }

  @Test
  void an_empty_directory_is_a_failure_with_its_reason() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    var r = ExtractCommandTest.run("ingest", empty.toString(), "--db", dir.resolve("e.db").toString(), "--no-progress");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains("no files to read");
  }

  @Test
  void an_unknown_host_fails_like_a_missing_page() {
    var r = ExtractCommandTest.run("ingest", "http://no-such-host.invalid/news", "--db", dir.resolve("h.db").toString(),
        "--no-progress");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains("failed: http://no-such-host.invalid/news: unknown host");
  }

  @Test
  void code_names_a_missing_file_before_loading_anything() {
    var r = ExtractCommandTest.run("code", dir.resolve("nope.html").toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("no such file or directory").contains("nope.html");
  }

  @Test
  void story_times_are_shown_to_the_second() {
    assertThat(StoriesCommand.seconds("2026-12-06T04:12:09.123456789Z")).isEqualTo("2026-12-06T04:12:09Z");
  }
}
