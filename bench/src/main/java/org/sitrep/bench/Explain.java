package org.sitrep.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.model.RawDocument;

/** Prints how Sitrep scored each block of one benchmark page: {@code Explain PATH.html.gz}. */
public final class Explain {
  public static void main(String[] args) throws Exception {
    Path p = Path.of(args[0]);
    byte[] bytes;
    try (InputStream in = p.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(p)) : Files.newInputStream(p)) {
      bytes = in.readAllBytes();
    }
    RawDocument doc = new RawDocument(p.toString(), "page", null, bytes, null, RawDocument.Format.HTML, List.of());
    System.out.print(ArticleExtractor.withDefaults().explain(doc));
  }
}
