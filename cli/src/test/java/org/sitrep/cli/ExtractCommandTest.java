package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sitrep extract} as a user meets it: output shapes, file naming, accounting, exit status. */
class ExtractCommandTest {
  @TempDir Path dir;

  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = SitrepCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(status, out.toString(), err.toString());
  }

  private static final String PAGE = "<html><head><title>Talks resume</title></head><body><article><h1>Talks resume</h1>"
      + "<p>Negotiators returned to the capital on Monday for a new round of talks on the border dispute.</p>"
      + "<p>The envoy said she hoped for an agreement on prisoners before the end of the month.</p></article></body></html>";

  private void gz(Path p, String s) throws IOException {
    try (var o = new GZIPOutputStream(Files.newOutputStream(p))) {
      o.write(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  @Test
  void one_document_prints_one_json_object_with_every_field() throws IOException {
    Path page = dir.resolve("story.html");
    Files.writeString(page, PAGE);
    Run r = run("extract", page.toString(), "--no-progress");
    assertThat(r.status()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.isObject()).isTrue();
    assertThat(json.fieldNames()).toIterable().containsExactly("source", "url", "title", "standfirst", "authors",
        "published", "modified", "site", "language", "paragraphs", "text", "warnings");
    assertThat(json.get("title").asText()).isEqualTo("Talks resume");
    assertThat(json.get("paragraphs")).hasSize(2);
    assertThat(r.err()).contains("1 document: 1 processed, 0 skipped, 0 failed");
  }

  @Test
  void several_documents_print_json_lines_and_failures_set_the_exit_status() throws IOException {
    Files.writeString(dir.resolve("a.html"), PAGE);
    Files.writeString(dir.resolve("b.html"), PAGE.replace("Talks", "Strike"));
    Files.write(dir.resolve("c.html"), new byte[0]);
    Files.write(dir.resolve("d.html.gz"), new byte[] {31, -117, 8, 0});
    Run r = run("extract", dir.toString(), "--no-progress", "-j", "2");
    assertThat(r.out().strip().split("\n")).hasSize(2).allSatisfy(line -> assertThat(line).startsWith("{\"source\""));
    assertThat(r.err()).contains("skipped: " + dir.resolve("c.html") + ": empty document")
        .contains("failed: " + dir.resolve("d.html.gz") + ": truncated gzip")
        .contains("4 documents: 2 processed, 1 skipped, 1 failed");
    assertThat(r.status()).isEqualTo(1);
  }

  @Test
  void out_dir_gets_one_file_per_document_named_after_the_input() throws IOException {
    Path in = dir.resolve("in");
    Files.createDirectories(in.resolve("sub"));
    gz(in.resolve("ab12.html.gz"), PAGE);
    Files.writeString(in.resolve("sub/a.b.html"), PAGE);
    Path out = dir.resolve("out");
    Run r = run("extract", in.toString(), "--out", out.toString(), "--format", "text", "--no-progress");
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(out.resolve("ab12.txt")).content().startsWith("Negotiators returned");
    assertThat(out.resolve("sub/a.b.txt")).exists();
  }

  @Test
  void bad_settings_are_refused_by_name() {
    Run r = run("extract", "x.html", "--set", "extract.nonsense=1");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("unknown setting 'extract.nonsense'");
  }

  @Test
  void every_command_has_help() {
    assertThat(run("--help").out()).contains("extract");
    assertThat(run("extract", "--help").out()).contains("--format").contains("--out");
  }
}
