package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sitrep.model.Outcome;
import org.sitrep.model.RawDocument;

/**
 * Generated documents, well-formed or not, never crash or hang the extractor: each gives an
 * outcome, and a failed or skipped one has a reason. 10,000 HTML inputs and 5,000 texts and byte
 * strings per run.
 */
class ExtractorPropertiesTest {
  private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(new ExtractSettings(1_000_000, 5_000));

  @Property(tries = 10_000)
  void any_html_gives_an_outcome(@ForAll("html") String page) {
    check(new RawDocument("gen.html", "gen", null, page.getBytes(StandardCharsets.UTF_8), null,
        RawDocument.Format.HTML, List.of()));
  }

  @Property(tries = 5_000)
  void any_text_gives_an_outcome(@ForAll("text") String text) {
    check(new RawDocument("gen.txt", "gen", null, text.getBytes(StandardCharsets.UTF_8), null,
        RawDocument.Format.TEXT, List.of()));
  }

  @Property(tries = 5_000)
  void any_bytes_give_an_outcome(@ForAll byte[] bytes) {
    check(new RawDocument("gen.bin", "gen", null, bytes, "text/html; charset=" + (bytes.length % 2 == 0 ? "utf-8" : "x-bogus"),
        RawDocument.Format.HTML, List.of()));
  }

  private static void check(RawDocument doc) {
    long start = System.nanoTime();
    Outcome o = EXTRACTOR.process(doc);
    assertThat(o).isNotNull();
    assertThat((System.nanoTime() - start) / 1_000_000).as("ms for one document").isLessThan(10_000);
    if (o.status() == Outcome.Status.PROCESSED) {
      assertThat(o.article().paragraphs()).allMatch(p -> !p.isBlank());
    } else {
      assertThat(o.reason()).isNotBlank().doesNotContain("internal error");
    }
  }

  @Provide
  Arbitrary<String> html() {
    Arbitrary<String> tag = Arbitraries.of("p", "div", "span", "a", "article", "section", "nav", "footer", "h1", "h2",
        "li", "ul", "table", "td", "script", "style", "br", "time", "meta", "figure", "figcaption", "blockquote");
    Arbitrary<String> attr = Arbitraries.of("", " class=\"content\"", " class=\"related\"", " id=\"comments\"",
        " href=\"/x\"", " hidden", " style=\"display:none\"", " itemprop=\"articleBody\"", " datetime=\"2024-06-14T07:43\"",
        " class=\"byline\"", " property=\"og:title\" content=\"T\"", " aria-hidden=\"true\"");
    Arbitrary<String> words = Arbitraries.strings().withCharRange(' ', '~').withChars("éü“”’—\u00a0\u200b\n\t")
        .ofMaxLength(120);
    Arbitrary<String> open = Arbitraries.of("<", "</").flatMap(lt -> tag.flatMap(t -> attr.map(a -> lt + t + a + ">")));
    Arbitrary<String> piece = Arbitraries.oneOf(open, words, Arbitraries.of("&amp;", "&#x0;", "&bogus;", "<!--", "-->",
        "<![CDATA[", "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":", "]]>", "<html>",
        "<body>", "\uFEFF", "\uD800"));
    return piece.list().ofMaxSize(80).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> text() {
    Arbitrary<String> line = Arbitraries.oneOf(
        Arbitraries.strings().withCharRange(' ', '~').withChars("é’“”\t").ofMaxLength(200),
        Arbitraries.of("", "By Anna Smith", "Friday 14 June 2024 07:43 EDT", "Comments", "Your support helps us",
            "Read more: something", "June 14, 2024", "we our us", "newspaperVedomosti", "31/02/2024 25:61"));
    return line.list().ofMaxSize(60).map(l -> String.join("\n", l));
  }
}
