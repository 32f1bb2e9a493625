package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.RawDocument;

/** Publication dates before 1900 or after tomorrow are not believed; the URL's date stands in. */
class ImpossibleDatesTest {
  private final ArticleExtractor extractor = ArticleExtractor.withDefaults();

  private static String page(String jsonLdDate, String metaDate) {
    return "<html><head><title>Port strike ends</title>"
        + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Port strike ends\","
        + "\"datePublished\":\"" + jsonLdDate + "\"}</script>"
        + (metaDate == null ? "" : "<meta property=\"article:published_time\" content=\"" + metaDate + "\">")
        + "</head><body><article><h1>Port strike ends</h1>"
        + "<p>Dock workers in the northern port returned to work on Thursday after a nine-day strike over pay.</p>"
        + "<p>The union said its members had accepted an offer of a four per cent rise spread over two years.</p>"
        + "</article></body></html>";
  }

  private Article read(String html, String url) throws ExtractionException {
    return extractor.extract(new RawDocument("page.html", "page.html", url, html.getBytes(StandardCharsets.UTF_8), null,
        RawDocument.Format.HTML, java.util.List.of()));
  }

  @Test
  void year_one_is_rejected_and_the_urls_date_used() throws Exception {
    Article a = read(page("0001-01-01T00:00:00Z", null), "https://news.example.org/business/2023/03/09/port-strike-ends");
    assertThat(a.published()).isEqualTo("2023-03-09");
    assertThat(a.warnings()).anyMatch(w -> w.contains("publication date 0001-01-01") && w.contains("impossible")
        && w.contains("2023-03-09"));
  }

  @Test
  void a_date_far_in_the_future_without_a_date_in_the_url_is_left_empty() throws Exception {
    Article a = read(page("2999-05-01T10:00:00Z", null), "https://news.example.org/business/port-strike-ends");
    assertThat(a.published()).isNull();
    assertThat(a.warnings()).anyMatch(w -> w.contains("2999-05-01") && w.contains("left empty"));
  }

  @Test
  void a_plausible_meta_date_wins_over_an_impossible_json_ld_one() throws Exception {
    Article a = read(page("0001-01-01T00:00:00Z", "2023-03-08T17:30:00+01:00"), "https://news.example.org/port");
    assertThat(a.published()).isEqualTo("2023-03-08T17:30:00+01:00");
    assertThat(a.warnings()).noneMatch(w -> w.contains("impossible"));
  }

  @Test
  void urls_carry_dates_in_several_shapes() {
    assertThat(PlausibleDate.fromUrl("https://x.org/2024/06/14/story").iso()).isEqualTo("2024-06-14");
    assertThat(PlausibleDate.fromUrl("https://x.org/news/2024-06-14-story").iso()).isEqualTo("2024-06-14");
    assertThat(PlausibleDate.fromUrl("https://x.org/a/20240614/story").iso()).isEqualTo("2024-06-14");
    assertThat(PlausibleDate.fromUrl("https://x.org/id/1234567890")).isNull();
    assertThat(PlausibleDate.fromUrl("https://x.org/2024/02/31/x")).isNull();
  }
}
