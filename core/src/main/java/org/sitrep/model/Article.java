package org.sitrep.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A clean news article: what the extract stage produces from a {@link RawDocument}.
 *
 * @param source where the document came from (path or URL)
 * @param url the canonical URL when the page declares one, else the document's URL, else null
 * @param title the headline
 * @param standfirst the sub-headline or description, else null
 * @param authors person names, without "By"; empty when unknown
 * @param published ISO-8601: {@code 2024-06-14T07:43:00-04:00} when the zone is known, a local
 *     date-time or a bare date ({@code 2024-06-14}) when that is all the page says; null if unknown
 * @param modified last modification, same form as {@code published}
 * @param site the outlet's name (or host when no name is declared)
 * @param language ISO 639-1 code from a language detector, else null
 * @param paragraphs body paragraphs in reading order
 * @param warnings anything doubtful met on the way (decoding, truncation, fallbacks)
 */
public record Article(
    String source,
    @Nullable String url,
    @Nullable String title,
    @Nullable String standfirst,
    List<String> authors,
    @Nullable String published,
    @Nullable String modified,
    @Nullable String site,
    @Nullable String language,
    List<String> paragraphs,
    List<String> warnings) {

  public Article {
    Objects.requireNonNull(source, "source");
    authors = List.copyOf(authors);
    paragraphs = List.copyOf(paragraphs);
    warnings = List.copyOf(warnings);
  }

  /** The body: paragraphs joined by blank lines. */
  public String text() {
    return String.join("\n\n", paragraphs);
  }
}
