package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Outcome;
import org.sitrep.model.RawDocument;

/** Bad documents get a status and a reason (or a warning), never an exception; time is bounded. */
class BadInputTest {
  private final ArticleExtractor extractor = ArticleExtractor.withDefaults();

  private static RawDocument html(String name, byte[] bytes) {
    return new RawDocument(name, name, null, bytes, null, RawDocument.Format.HTML, List.of());
  }

  private static RawDocument text(String name, byte[] bytes) {
    return new RawDocument(name, name, null, bytes, null, RawDocument.Format.TEXT, List.of());
  }

  private static final String PROSE = "The minister said the talks had been constructive and would resume next week in the capital. ";

  @Test
  void empty_document_is_skipped_with_its_reason() {
    Outcome o = extractor.process(html("empty.html", new byte[0]));
    assertThat(o.status()).isEqualTo(Outcome.Status.SKIPPED);
    assertThat(o.source()).isEqualTo("empty.html");
    assertThat(o.reason()).contains("empty");
  }

  @Test
  void whitespace_only_document_is_skipped() {
    Outcome o = extractor.process(text("blank.txt", " \n\t \n".repeat(1000).getBytes(StandardCharsets.UTF_8)));
    assertThat(o.status()).isEqualTo(Outcome.Status.SKIPPED);
    assertThat(o.reason()).contains("white space");
  }

  @Test
  void binary_document_is_skipped_as_binary() {
    byte[] bytes = new byte[10_000];
    new java.util.Random(7).nextBytes(bytes);
    Outcome o = extractor.process(html("photo.html", bytes));
    assertThat(o.status()).isEqualTo(Outcome.Status.SKIPPED);
    assertThat(o.reason()).contains("binary");
  }

  @Test
  void invalid_utf8_is_decoded_with_a_warning() {
    byte[] bytes = ("Headline\n\nCaf\u00e9 " + PROSE).getBytes(StandardCharsets.ISO_8859_1);
    Outcome o = extractor.process(text("latin1.txt", bytes));
    assertThat(o.status()).isEqualTo(Outcome.Status.PROCESSED);
    assertThat(o.article().text()).contains("Café");
    assertThat(o.warnings()).anyMatch(w -> w.contains("not UTF-8"));
  }

  @Test
  void a_wrong_declared_charset_is_overruled_with_a_warning() {
    String page = "<html><head><meta charset=\"iso-8859-1\"><title>Café owners protest</title></head><body><p>Café "
        + PROSE + "</p><p>" + PROSE + "</p></body></html>";
    Outcome o = extractor.process(html("wrong-charset.html", page.getBytes(StandardCharsets.UTF_8)));
    assertThat(o.status()).isEqualTo(Outcome.Status.PROCESSED);
    assertThat(o.article().text()).startsWith("Café");
    assertThat(o.warnings()).anyMatch(w -> w.contains("valid UTF-8"));
  }

  @Test
  void declared_utf8_that_is_not_is_detected_with_a_warning() {
    String page = "<html><head><meta charset=\"utf-8\"></head><body><p>Café " + PROSE + "</p></body></html>";
    Outcome o = extractor.process(html("lying.html", page.getBytes(StandardCharsets.ISO_8859_1)));
    assertThat(o.status()).isEqualTo(Outcome.Status.PROCESSED);
    assertThat(o.warnings()).anyMatch(w -> w.contains("not valid UTF-8"));
  }

  @Test
  void a_50_mb_page_is_cut_with_a_warning_in_bounded_time() {
    StringBuilder sb = new StringBuilder(52_000_000).append("<html><body><article>");
    while (sb.length() < 50_000_000) {
      sb.append("<p>").append(PROSE).append(PROSE).append("</p>\n");
    }
    sb.append("</article></body></html>");
    byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
    Outcome o = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> extractor.process(html("huge.html", bytes)));
    assertThat(o.status()).isEqualTo(Outcome.Status.PROCESSED);
    assertThat(o.warnings()).anyMatch(w -> w.contains("only the first"));
  }

  @Test
  void hundred_thousand_deep_nesting_does_not_overflow_the_stack() {
    String page = "<html><body>" + "<div>".repeat(100_000) + "<p>" + PROSE + "</p>" + "</div>".repeat(100_000)
        + "</body></html>";
    Outcome o = assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> extractor.process(html("deep.html", page.getBytes(StandardCharsets.UTF_8))));
    assertThat(o.status()).isIn(Outcome.Status.PROCESSED, Outcome.Status.FAILED);
    if (o.status() == Outcome.Status.FAILED) {
      assertThat(o.reason()).isNotBlank();
    }
  }

  @Test
  void pathological_whitespace_is_linear() {
    String t = " \t".repeat(3_000_000) + "\n".repeat(500_000) + "Headline\n\n" + "a ".repeat(1_000_000) + "\n\n" + PROSE;
    Outcome o = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> extractor.process(text("spaces.txt", t.getBytes(StandardCharsets.UTF_8))));
    assertThat(o.status()).isNotNull();
    String h = "<html><body><p>" + " \n ".repeat(2_000_000) + PROSE + "</p>" + "<p>\u00a0</p>".repeat(200_000) + "</body></html>";
    Outcome oh = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> extractor.process(html("spaces.html", h.getBytes(StandardCharsets.UTF_8))));
    assertThat(oh.status()).isEqualTo(Outcome.Status.PROCESSED);
  }

  @Test
  void a_document_over_its_time_budget_fails_naming_the_budget() {
    ArticleExtractor hurried = new ArticleExtractor(new ExtractSettings(8_000_000, 1));
    String page = "<html><body>" + ("<div><p>" + PROSE + "</p></div>").repeat(100_000) + "</body></html>";
    Outcome o = hurried.process(html("slow.html", page.getBytes(StandardCharsets.UTF_8)));
    assertThat(o.status()).isEqualTo(Outcome.Status.FAILED);
    assertThat(o.reason()).contains("longer than 1 ms");
  }
}
