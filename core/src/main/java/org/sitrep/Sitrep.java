package org.sitrep;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.sitrep.config.SitrepConfig;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.extract.ExtractionException;
import org.sitrep.model.Article;
import org.sitrep.model.RawDocument;

/**
 * The front door: one-line calls into the stages for the common cases.
 *
 * <pre>{@code
 * Article a = Sitrep.extractHtml(html, "https://example.com/story");
 * Article b = Sitrep.extractText(scrapedText);
 * }</pre>
 *
 * For many documents, configuration and accounting use {@link org.sitrep.batch.Batch} with the
 * stage objects ({@link ArticleExtractor}, {@link org.sitrep.source.DocumentSource}).
 */
public final class Sitrep {
  private static final ArticleExtractor DEFAULT = ArticleExtractor.withDefaults();

  private Sitrep() {}

  /** The article in an HTML page. */
  public static Article extractHtml(String html, String url) throws ExtractionException {
    return DEFAULT.extract(new RawDocument(url, "page", url, html.getBytes(StandardCharsets.UTF_8),
        "text/html; charset=utf-8", RawDocument.Format.HTML, List.of()));
  }

  /** The article in already-scraped text. */
  public static Article extractText(String text) throws ExtractionException {
    return DEFAULT.extract(RawDocument.of("text", "text", text.getBytes(StandardCharsets.UTF_8), RawDocument.Format.TEXT));
  }

  /** An extractor with the given settings. */
  public static ArticleExtractor extractor(SitrepConfig config) {
    return new ArticleExtractor(config.extract());
  }
}
