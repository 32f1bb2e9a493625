package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sitrep code}: the coded article's JSON shape, output naming, and --explain. */
class CodeCommandTest {
  @TempDir Path dir;

  private Path input() throws Exception {
    Path f = dir.resolve("in/expel.txt");
    Files.createDirectories(f.getParent());
    Files.writeString(f, """
        Poland expels Belarusian diplomat

        By Test Writer

        14 June 2024

        Poland expelled a Belarusian diplomat on Friday, the Polish foreign ministry said.

        "We will not tolerate provocations at our border," the ministry's spokesman said.
        """);
    return f;
  }

  @Test
  void one_document_prints_its_article_actors_quotes_dates_and_events() throws Exception {
    var r = ExtractCommandTest.run("code", input().toString());
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode o = new ObjectMapper().readTree(r.out());
    assertThat(o.fieldNames()).toIterable().containsExactly("article", "actors", "quotes", "dates", "events", "warnings");
    assertThat(o.get("article").get("title").asText()).isEqualTo("Poland expels Belarusian diplomat");
    String text = o.get("article").get("text").asText();
    JsonNode poland = o.get("actors").get(0);
    assertThat(text.substring(poland.get("start").asInt(), poland.get("end").asInt())).isEqualTo(poland.get("mention").asText());
    assertThat(o.get("quotes").get(0).get("text").asText()).startsWith("We will not tolerate");
    JsonNode e = o.get("events").get(0);
    assertThat(e.get("source").get("country").asText()).isEqualTo("POL");
    assertThat(e.get("target").get("country").asText()).isEqualTo("BLR");
    assertThat(e.get("root").asText()).isEqualTo("16");
    assertThat(e.get("date").asText()).isEqualTo("2024-06-14");
    assertThat(e.get("evidence").asText()).startsWith("Poland expelled");
  }

  @Test
  void with_out_each_document_gets_its_own_file_and_explain_prints_parses() throws Exception {
    Path in = input();
    Path out = dir.resolve("out");
    var r = ExtractCommandTest.run("code", in.getParent().toString(), "--out", out.toString(), "--no-progress");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(out.resolve("expel.json")).exists();
    var x = ExtractCommandTest.run("code", "--explain", in.toString());
    assertThat(x.out()).contains("## ").containsPattern("expelled +VBD");
  }
}
