package org.sitrep.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One document as a source delivered it, before any interpretation.
 *
 * @param source where it came from, as the user named it (path, {@code warc#offset}, or URL)
 * @param name a stable relative name for output files, without known extensions ({@code dir/ab12})
 * @param url the document's URL when known (WARC target, fetched URL), else null
 * @param content the bytes as delivered (already un-gzipped); treat as read-only
 * @param contentType the declared media type with parameters ({@code text/html; charset=utf-8}), else null
 * @param format HTML page or already-scraped plain text
 * @param warnings problems met while reading it (e.g. truncated), carried into the article
 */
public record RawDocument(
    String source,
    String name,
    @Nullable String url,
    byte[] content,
    @Nullable String contentType,
    Format format,
    java.util.List<String> warnings) {

  /** What kind of input the bytes are. */
  public enum Format { HTML, TEXT }

  public RawDocument {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(format, "format");
    warnings = java.util.List.copyOf(warnings);
  }

  /** A document with no declared type and no warnings. */
  public static RawDocument of(String source, String name, byte[] content, Format format) {
    return new RawDocument(source, name, null, content, null, format, java.util.List.of());
  }

  @Override
  public String toString() {
    return "RawDocument[" + source + ", " + format + ", " + content.length + " bytes]";
  }
}
