package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.Article;
import org.sitrep.model.Outcome;
import org.sitrep.model.RawDocument;

/**
 * The extract stage: {@link RawDocument} → {@link Article}. HTML pages go through jsoup, page
 * metadata ({@link MetadataReader}) and main-content detection ({@link BodyExtractor}); scraped text
 * through {@link TextArticleExtractor}. Both end in the same record with the language detected from
 * the body.
 *
 * <p>Bad input never escapes as an unchecked exception from {@link #process}: every document comes
 * back as an {@link Outcome}. Time and size per document are bounded by {@link ExtractSettings}.
 * Thread-safe and stateless; create one and share it.
 */
public final class ArticleExtractor {
  private final ExtractSettings settings;

  public ArticleExtractor(ExtractSettings settings) {
    this.settings = settings;
  }

  public static ArticleExtractor withDefaults() {
    return new ArticleExtractor(ExtractSettings.DEFAULTS);
  }

  /** Loads what the first document would otherwise load (language profiles, lexicons). */
  public ArticleExtractor warmUp() {
    LanguageIdentifier.warmUp();
    DateParser.parse("2024-01-01");
    FurnitureDetector.words("");
    return this;
  }

  /** Extracts, accounting for every failure: never throws for bad input. */
  public Outcome process(RawDocument doc) {
    try {
      return Outcome.processed(doc.name(), extract(doc));
    } catch (ExtractionException e) {
      return e.skipped()
          ? Outcome.skipped(doc.source(), doc.name(), e.getMessage())
          : Outcome.failed(doc.source(), doc.name(), e.getMessage());
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return Outcome.failed(doc.source(), doc.name(), "internal error: " + e);
    }
  }

  /** The article in {@code doc}, or an exception saying why there is none. */
  public Article extract(RawDocument doc) throws ExtractionException {
    Deadline deadline = Deadline.in(settings.timeoutMillis());
    List<String> warnings = new ArrayList<>(doc.warnings());
    boolean html = doc.format() == RawDocument.Format.HTML;
    String text = TextDecoder.decode(doc.content(), doc.contentType(), html, warnings).text();
    if (text.length() > settings.maxChars()) {
      warnings.add(String.format(Locale.ROOT, "document has %,d characters; only the first %,d were read",
          text.length(), settings.maxChars()));
      text = text.substring(0, settings.maxChars());
    }
    if (text.isBlank()) {
      throw ExtractionException.skip("document contains only white space");
    }
    return html ? fromHtml(doc, text, warnings, deadline) : fromText(doc, text, warnings, deadline);
  }

  private Article fromHtml(RawDocument doc, String html, List<String> warnings, Deadline deadline)
      throws ExtractionException {
    Document page = Parser.htmlParser().parseInput(html, doc.url() == null ? "" : doc.url());
    PageMetadata meta = MetadataReader.read(page);
    Element body = page.body();
    List<String> paragraphs = body == null ? List.of() : BodyExtractor.extract(body, meta.title(), meta.description(), deadline);
    paragraphs = preferDeclaredBody(paragraphs, meta.articleBody(), warnings).stream().map(GluedWords::sentences).toList();
    if (paragraphs.isEmpty() && body != null && body.text().length() < SMALL_PAGE_CHARS) {
      // a small page holding a sentence or two ("<p>Brazil recalled its ambassador.</p>"): too little for
      // the block scores, read as scraped text is read
      try {
        paragraphs = TextArticleExtractor.extract(body.wholeText(), deadline).paragraphs();
      } catch (ExtractionException e) {
        paragraphs = List.of();
      }
    }
    if (paragraphs.isEmpty()) {
      warnings.add("no article body found");
    }
    String standfirst = meta.description();
    if (standfirst != null && meta.title() != null
        && BodyExtractor.normalise(standfirst).equals(BodyExtractor.normalise(meta.title()))) {
      standfirst = null;
    }
    String language = language(paragraphs, meta.title(), meta.declaredLanguage(), warnings);
    String url = meta.canonicalUrl() != null ? meta.canonicalUrl() : doc.url();
    PublicationDate published = PlausibleDate.check(meta.published(), url, "publication", warnings);
    PublicationDate modified = PlausibleDate.check(meta.modified(), null, "modification", warnings);
    return new Article(doc.source(), url, meta.title(), standfirst, meta.authors(), iso(published), iso(modified),
        meta.site(), language, paragraphs, warnings);
  }

  /**
   * The page's JSON-LD {@code articleBody} instead of the visible body when the visible body is less than
   * half as long: a page whose article sits behind a script, or whose visible text is a photo caption or
   * an embedded box. The declared body is split into paragraphs at its line breaks.
   */
  /** A page whose visible text is shorter than this is read as text when the block scores find no body. */
  private static final int SMALL_PAGE_CHARS = 2000;

  static List<String> preferDeclaredBody(List<String> visible, @Nullable String declared, List<String> warnings) {
    if (declared == null) return visible;
    String text = org.jsoup.parser.Parser.unescapeEntities(declared, false);
    if (text.contains("<")) text = org.jsoup.Jsoup.parse(text).wholeText();
    List<String> paragraphs = new ArrayList<>();
    for (String p : text.split("\\s*\\n\\s*")) {
      String t = p.strip().replaceAll("\\s+", " ");
      if (!t.isEmpty()) paragraphs.add(t);
    }
    int visibleChars = visible.stream().mapToInt(String::length).sum();
    int declaredChars = paragraphs.stream().mapToInt(String::length).sum();
    if (declaredChars < 200 || declaredChars <= 2 * visibleChars) return visible;
    warnings.add("body taken from the page's JSON-LD articleBody (" + declaredChars + " characters against "
        + visibleChars + " visible)");
    return List.copyOf(paragraphs);
  }

  /** A report of how the body of an HTML document was found: each block, its score, kept or not. */
  public String explain(RawDocument doc) throws ExtractionException {
    List<String> warnings = new ArrayList<>();
    String html = TextDecoder.decode(doc.content(), doc.contentType(), true, warnings).text();
    Document page = Parser.htmlParser().parseInput(html, doc.url() == null ? "" : doc.url());
    PageMetadata meta = MetadataReader.read(page);
    StringBuilder out = new StringBuilder();
    out.append("metadata: ").append(meta).append('\n');
    if (page.body() != null) {
      BodyExtractor.extract(page.body(), meta.title(), meta.description(), Deadline.in(settings.timeoutMillis()), out);
    }
    return out.toString();
  }

  private Article fromText(RawDocument doc, String text, List<String> warnings, Deadline deadline)
      throws ExtractionException {
    TextArticleExtractor.Result r = TextArticleExtractor.extract(text, deadline);
    if (r.paragraphs().isEmpty()) {
      warnings.add("no article body found");
    }
    String language = language(r.paragraphs(), r.title(), null, warnings);
    PublicationDate published = PlausibleDate.check(r.published(), doc.url(), "publication", warnings);
    PublicationDate modified = PlausibleDate.check(r.modified(), null, "modification", warnings);
    return new Article(doc.source(), doc.url(), r.title(), r.standfirst(), r.authors(), iso(published),
        iso(modified), doc.url() == null ? null : MetadataReader.host(doc.url()), language, r.paragraphs(),
        warnings);
  }

  private static @Nullable String language(List<String> paragraphs, @Nullable String title, @Nullable String declared,
      List<String> warnings) {
    StringBuilder sample = new StringBuilder();
    for (String p : paragraphs) {
      sample.append(p).append('\n');
      if (sample.length() > 3000) {
        break;
      }
    }
    if (sample.length() < 200 && title != null) {
      sample.append(title);
    }
    String declaredCode = declared != null && declared.length() >= 2 ? declared.substring(0, 2).toLowerCase(Locale.ROOT) : null;
    String detected = LanguageIdentifier.identify(sample.toString(), declaredCode);
    if (detected != null) {
      return detected;
    }
    if (declared != null && declared.length() >= 2 && Character.isLetter(declared.charAt(0))) {
      String code = declared.substring(0, 2).toLowerCase(Locale.ROOT);
      warnings.add("language not detected from the text; using the page's declared '" + declared + "'");
      return code;
    }
    return null;
  }

  private static @Nullable String iso(@Nullable PublicationDate d) {
    return d == null ? null : d.iso();
  }
}
