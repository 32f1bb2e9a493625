package org.sitrep.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorMention;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.Quote;
import org.sitrep.model.RawDocument;
import org.sitrep.store.PreparedArticle;
import org.sitrep.store.SqliteStore;

/** The report's HTML, for a store of our own articles (markup in their text, a quotation, a denial), is valid HTML5. */
class ReportHtmlValidityTest {
  @TempDir Path dir;

  @Test
  void the_html_report_passes_the_w3c_nu_html_checker() throws Exception {
    LocalDate day = LocalDate.parse("2024-06-14");
    try (SqliteStore store = SqliteStore.open(dir.resolve("r.db"))) {
      put(store, 1, "Latvia accuses Russia of jamming <script>alert(1)</script> & more", "LVA", "RUS", "112", Event.Modality.HAPPENED,
          day, "\"We will not accept <this>,\" the Latvian minister said.");
      put(store, 2, "Russia denies jamming signals over the Baltic", "RUS", "LVA", "016", Event.Modality.DENIED, day, null);
      put(store, 3, "Estonia and Latvia plan naval drills", "EST", "LVA", "042", Event.Modality.PLANNED, day, null);
      String html = ReportHtml.write(DailyReport.of(store, day));
      assertThat(html).contains("&lt;script&gt;");
      assertThat(NuHtmlChecker.errors(html)).as("the W3C Nu Html Checker's errors").isEmpty();
    }
    // the checker does find errors: a page without a title, with a paragraph directly in a list
    assertThat(NuHtmlChecker.errors("<!DOCTYPE html><html lang=\"en\"><head></head><body><ul><p>x</p></ul></body></html>"))
        .hasSizeGreaterThanOrEqualTo(2);
  }

  private static void put(SqliteStore store, int n, String title, String src, String tgt, String cameo, Event.Modality modality,
      LocalDate day, String quote) {
    String text = title + ". Officials said the matter would be raised at the next meeting." + (quote == null ? "" : " " + quote);
    Article a = new Article("r" + n + ".html", "https://wire" + n + ".example/r" + n, title, null, List.of(), day + "T08:00:00Z", null,
        "Wire " + n, "en", List.of(text), List.of());
    ActorMention s = new ActorMention(src, 0, 3, 0, new Actor(null, src, "GOV"), "country metonym");
    ActorMention t = new ActorMention(tgt, 4, 7, 0, new Actor(null, tgt, "GOV"), "country metonym");
    Event e = new Event(s, t, cameo, cameo.substring(0, 2), null, null, null, 1, modality, null, List.of(), day.toString(),
        Event.DateBasis.TEXT, null, 0, text, "test");
    List<Quote> quotes = quote == null ? List.of()
        : List.of(new Quote(quote.substring(1, quote.indexOf("\"", 1)), text.indexOf(quote), text.indexOf(quote) + quote.length(), 0,
            new ActorMention("Latvian minister", 0, 0, 0, new Actor(null, "LVA", "GOV"), "role")));
    CodedArticle coded = new CodedArticle(a, List.of(s, t), quotes, List.of(), List.of(e), List.of());
    store.put(PreparedArticle.of(RawDocument.of(a.source(), a.source(), text.getBytes(StandardCharsets.UTF_8), RawDocument.Format.TEXT),
        a, coded));
    store.flush();
  }
}
