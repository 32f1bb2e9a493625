package org.sitrep.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.dankito.readability4j.Readability4J;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.model.RawDocument;

/** The systems the extraction benchmarks compare: Sitrep, Readability4J and boilerpipe. */
final class Extractors {
  private Extractors() {}

  static List<Extractor> all() {
    return List.of(sitrep(), readability4j(), boilerpipe());
  }

  static Extractor byName(String name) {
    return all().stream().filter(e -> e.name().equalsIgnoreCase(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown system " + name + "; known: sitrep, readability4j, boilerpipe"));
  }

  static Extractor sitrep() {
    ArticleExtractor extractor = ArticleExtractor.withDefaults().warmUp();
    return new Extractor() {
      @Override
      public String name() {
        return "sitrep";
      }

      @Override
      public String bodyText(String html, String url) throws Exception {
        RawDocument doc = new RawDocument(url, "page", url, html.getBytes(StandardCharsets.UTF_8),
            "text/html; charset=utf-8", RawDocument.Format.HTML, List.of());
        return extractor.extract(doc).text();
      }
    };
  }

  static Extractor readability4j() {
    return new Extractor() {
      @Override
      public String name() {
        return "readability4j";
      }

      @Override
      public String bodyText(String html, String url) {
        String text = new Readability4J(url, html).parse().getTextContent();
        return text == null ? "" : text;
      }
    };
  }

  static Extractor boilerpipe() {
    return new Extractor() {
      @Override
      public String name() {
        return "boilerpipe";
      }

      @Override
      public String bodyText(String html, String url) throws Exception {
        String text = de.l3s.boilerpipe.extractors.ArticleExtractor.INSTANCE.getText(html);
        return text == null ? "" : text;
      }
    };
  }
}
