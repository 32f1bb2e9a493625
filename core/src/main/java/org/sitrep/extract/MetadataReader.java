package org.sitrep.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Reads a page's account of itself. Each field is taken from the most specific evidence present:
 * JSON-LD of an article type first, then OpenGraph and {@code <meta>}, then microdata, then what
 * the page prints ({@code <h1>}, {@code <time>}, a "By …" byline). Values are checked before use: an
 * author that is a URL or an outlet name is not a person; a title that the visible {@code <h1>}
 * confirms wins over a longer {@code <title>} with the site's name appended. Thread-safe.
 */
final class MetadataReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> ARTICLE_TYPES = Set.of(
      "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
      "backgroundnewsarticle", "reviewnewsarticle", "blogposting", "socialmediaposting", "liveblogposting",
      "scholarlyarticle", "techarticle", "report", "posting");
  private static final Pattern BY = Pattern.compile("(?i)^\\s*(by|von|par|por|di|door)\\s+");
  private static final Pattern AUTHOR_SPLIT = Pattern.compile("\\s*(?:,|;|\\||\\band\\b|&|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b)\\s*");
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—\\-:•·»]\\s+");

  private MetadataReader() {}

  /** Everything the reader looks at, gathered in one pass over the page instead of one per question. */
  private static final class Index {
    final Map<String, List<String>> metas = new HashMap<>();
    final List<Element> ldScripts = new ArrayList<>();
    final Map<String, List<Element>> itemprops = new HashMap<>();
    final List<Element> relAuthor = new ArrayList<>();
    final List<Element> times = new ArrayList<>();
    final List<Element> bylineClass = new ArrayList<>();
    final List<Element> dateClass = new ArrayList<>();
    @Nullable Element h1;
    @Nullable String canonical;

    Index(Document doc) {
      for (Element e : doc.getAllElements()) {
        if (e.attributesSize() == 0 && !e.normalName().equals("h1") && !e.normalName().equals("time")) {
          continue;
        }
        switch (e.normalName()) {
          case "meta" -> {
            String content = e.attr("content").strip();
            if (!content.isEmpty()) {
              for (String key : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                String k = e.attr(key);
                if (!k.isEmpty()) {
                  metas.computeIfAbsent(k.toLowerCase(Locale.ROOT), x -> new ArrayList<>()).add(content);
                }
              }
            }
          }
          case "script" -> {
            if (e.attr("type").equalsIgnoreCase("application/ld+json")) {
              ldScripts.add(e);
            }
          }
          case "link" -> {
            if (canonical == null && e.attr("rel").equalsIgnoreCase("canonical")) {
              canonical = e.absUrl("href");
            }
          }
          case "h1" -> {
            if (h1 == null) {
              h1 = e;
            }
          }
          case "time" -> times.add(e);
          default -> { }
        }
        String prop = e.attr("itemprop");
        if (!prop.isEmpty()) {
          itemprops.computeIfAbsent(prop.toLowerCase(Locale.ROOT), x -> new ArrayList<>()).add(e);
        }
        if (e.attr("rel").equalsIgnoreCase("author")) {
          relAuthor.add(e);
        }
        String cls = e.className();
        if (!cls.isEmpty()) {
          String c = cls.toLowerCase(Locale.ROOT);
          if (bylineClass.size() < 8 && (c.contains("byline") || c.contains("author") || c.contains("contributor"))) {
            bylineClass.add(e);
          }
          if (dateClass.size() < 20 && (c.contains("date") || c.contains("publish") || c.contains("timestamp"))) {
            dateClass.add(e);
          }
        }
      }
    }

    @Nullable String meta(String... names) {
      for (String name : names) {
        List<String> v = metas.get(name);
        if (v != null) {
          return v.get(0);
        }
      }
      return null;
    }

    List<String> metaAll(String... names) {
      for (String name : names) {
        List<String> v = metas.get(name);
        if (v != null) {
          return v;
        }
      }
      return List.of();
    }

    List<Element> itemprop(String name) {
      return itemprops.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }
  }

  static PageMetadata read(Document doc) {
    Index page = new Index(doc);
    Json ld = readJsonLd(page.ldScripts);
    String ogTitle = page.meta("og:title", "twitter:title");
    String h1 = page.h1 == null ? null : page.h1.text().strip();
    String docTitle = doc.title().strip();
    String declaredHeadline = ld.headline;
    if (declaredHeadline == null && !page.itemprop("headline").isEmpty()) {
      Element e = page.itemprop("headline").get(0);
      declaredHeadline = e.hasAttr("content") ? e.attr("content") : e.text();
    }
    String title = chooseTitle(declaredHeadline, ogTitle, h1, docTitle, page.meta("og:site_name"));

    String description = firstNonBlank(ld.description, page.meta("og:description", "description",
        "twitter:description", "dc.description"));

    List<String> authors = cleanAuthors(ld.authors);
    if (authors.isEmpty()) {
      authors = cleanAuthors(page.metaAll("author", "article:author", "byl", "dc.creator", "sailthru.author",
          "parsely-author", "cxenseparse:author", "dcterms.creator"));
    }
    if (authors.isEmpty()) {
      List<String> found = new ArrayList<>();
      for (Element e : page.itemprop("author")) {
        Element name = e.selectFirst("[itemprop=name]");
        found.add(name != null ? (name.hasAttr("content") ? name.attr("content") : name.text())
            : e.hasAttr("content") ? e.attr("content") : e.text());
      }
      for (Element e : page.relAuthor) {
        found.add(e.text());
      }
      authors = cleanAuthors(found);
    }
    if (authors.isEmpty()) {
      List<String> found = new ArrayList<>();
      for (Element e : page.bylineClass) {
        String t = e.text();
        if (t.length() <= 120) {
          found.add(t);
        }
      }
      authors = cleanAuthors(found);
    }

    PublicationDate published = firstDate(ld.published,
        page.meta("article:published_time", "og:article:published_time", "datepublished", "dc.date.issued",
            "dc.date", "dcterms.created", "pubdate", "publishdate", "publish-date", "publish_date", "sailthru.date",
            "parsely-pub-date", "article.published", "date", "dc.date.created", "citation_publication_date"),
        attrOf(page.itemprop("datePublished"), "content", "datetime"));
    if (published == null || published.precision() < 3) {
      published = upgrade(published, timeDate(page));
    }
    PublicationDate modified = firstDate(ld.modified,
        page.meta("article:modified_time", "og:updated_time", "datemodified", "dc.date.modified",
            "dcterms.modified", "last-modified", "lastmod"),
        attrOf(page.itemprop("dateModified"), "content", "datetime"));

    String site = firstNonBlank(page.meta("og:site_name", "application-name", "al:android:app_name"), ld.publisher);
    String canonical = firstNonBlank(page.canonical, page.meta("og:url"), ld.url);
    if (canonical != null && !canonical.startsWith("http")) {
      canonical = null;
    }
    if (site == null) {
      String base = canonical != null ? canonical : doc.location();
      site = host(base);
    }
    Element html = doc.firstElementChild();
    String lang = firstNonBlank(html == null ? null : html.attr("lang"),
        page.meta("og:locale", "content-language", "language", "dc.language"));
    return new PageMetadata(title, description, authors, published, modified, site, canonical, lang, ld.articleBody);
  }

  /** The date the page prints: a {@code <time datetime>}, else a date-named element's text. */
  private static @Nullable PublicationDate timeDate(Index page) {
    for (Element t : page.times) {
      PublicationDate d = DateParser.parse(t.attr("datetime"));
      if (d != null) {
        return d;
      }
    }
    List<Element> candidates = new ArrayList<>(page.times);
    candidates.addAll(page.dateClass);
    for (Element e : candidates) {
      String t = e.text();
      if (t.length() >= 6 && t.length() <= 100) {
        PublicationDate d = DateParser.parse(t);
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }

  /** Keeps {@code base}, or takes {@code other} when it says the same day more precisely (or base is null). */
  private static @Nullable PublicationDate upgrade(@Nullable PublicationDate base, @Nullable PublicationDate other) {
    if (base == null) {
      return other;
    }
    if (other != null && other.date().equals(base.date()) && other.precision() > base.precision()) {
      return other;
    }
    return base;
  }

  private static @Nullable String attrOf(List<Element> elements, String... attrs) {
    for (Element e : elements) {
      for (String a : attrs) {
        String v = e.attr(a).strip();
        if (!v.isEmpty()) {
          return v;
        }
      }
    }
    return null;
  }

  // ---- title -----------------------------------------------------------------------------

  private static @Nullable String chooseTitle(@Nullable String ld, @Nullable String og, @Nullable String h1,
      @Nullable String docTitle, @Nullable String siteName) {
    List<String> declared = new ArrayList<>();
    for (String s : new String[] {ld, og, docTitle}) {
      if (s != null && !s.isBlank()) {
        declared.add(s.strip());
      }
    }
    // A visible <h1> that a declaration confirms is the headline as printed.
    if (h1 != null && h1.length() >= 10) {
      String nh = BodyExtractor.normalise(h1);
      for (String d : declared) {
        String nd = BodyExtractor.normalise(d);
        if (!nh.isEmpty() && (nd.equals(nh) || nd.startsWith(nh) || nh.startsWith(nd) && nd.length() > 10)) {
          return h1.strip();
        }
      }
    }
    if (ld != null && !ld.isBlank()) {
      return ld.strip();
    }
    if (og != null && !og.isBlank()) {
      return stripSite(og.strip(), siteName);
    }
    if (docTitle != null && !docTitle.isBlank()) {
      return stripSite(docTitle, siteName);
    }
    return h1;
  }

  /** "Headline | The Site" → "Headline": drops the shortest side of a separator when it names the site. */
  private static String stripSite(String title, @Nullable String siteName) {
    var m = TITLE_SEPARATOR.matcher(title);
    int lastStart = -1;
    int lastEnd = -1;
    int firstStart = -1;
    int firstEnd = -1;
    while (m.find()) {
      if (firstStart < 0) {
        firstStart = m.start();
        firstEnd = m.end();
      }
      lastStart = m.start();
      lastEnd = m.end();
    }
    if (lastStart < 0) {
      return title;
    }
    String tail = title.substring(lastEnd);
    String head = title.substring(0, firstStart);
    String nsite = siteName == null ? "" : BodyExtractor.normalise(siteName);
    if (!nsite.isEmpty() && BodyExtractor.normalise(head).equals(nsite)) {
      return title.substring(firstEnd).strip();
    }
    if ((!nsite.isEmpty() && BodyExtractor.normalise(tail).contains(nsite)) || tail.split("\\s+").length <= 4) {
      return title.substring(0, lastStart).strip();
    }
    return title;
  }

  // ---- authors ---------------------------------------------------------------------------

  static List<String> cleanAuthors(List<String> raw) {
    Set<String> out = new LinkedHashSet<>();
    for (String r : raw) {
      if (r == null) {
        continue;
      }
      String s = r.strip();
      if (s.isEmpty() || s.startsWith("http") || s.contains("@") || s.contains("/")) {
        continue;
      }
      s = BY.matcher(s).replaceFirst("");
      s = s.replaceAll("(?i)\\b(updated|published|posted)\\b.*$", "").strip();
      // "Jane Doe in Moscow", "Jane Doe at the border": the place is not part of the name.
      s = s.replaceAll("\\s+(in|at|from)\\s+\\p{Lu}.*$", "").strip();
      for (String part : AUTHOR_SPLIT.split(s)) {
        String name = part.strip().replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s&&[^.]]+$", "");
        if (looksLikePersonName(name)) {
          out.add(name);
        }
      }
    }
    return List.copyOf(out);
  }

  static boolean looksLikePersonName(String s) {
    if (s.length() < 4 || s.length() > 60) {
      return false;
    }
    String[] words = s.split("\\s+");
    if (words.length < 2 || words.length > 5) {
      return false;
    }
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.contains("staff") || lower.contains("news") || lower.contains("editor") || lower.contains("agency")
        || lower.contains("desk") || lower.contains("reporter") || lower.contains("correspondent")
        || lower.contains("press") || lower.contains("team") || lower.contains("media")) {
      return false;
    }
    int capitalised = 0;
    for (String w : words) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        capitalised++;
      }
      for (int i = 0; i < w.length(); i++) {
        if (Character.isDigit(w.charAt(i))) {
          return false;
        }
      }
    }
    return capitalised >= 2 && capitalised >= words.length - 1;
  }

  // ---- JSON-LD ---------------------------------------------------------------------------

  private static final class Json {
    @Nullable String headline;
    @Nullable String description;
    List<String> authors = new ArrayList<>();
    @Nullable String published;
    @Nullable String modified;
    @Nullable String publisher;
    @Nullable String url;
    @Nullable String articleBody;
    boolean found;
  }

  private static Json readJsonLd(List<Element> scripts) {
    Json out = new Json();
    for (Element script : scripts) {
      String data = script.data();
      if (data.length() > 1_000_000) {
        continue;
      }
      try {
        visit(JSON.readTree(data), out, 0);
      } catch (JsonProcessingException e) {
        // Broken JSON-LD is common; the other evidence still counts.
      }
      if (out.found) {
        break;
      }
    }
    return out;
  }

  private static void visit(@Nullable JsonNode n, Json out, int depth) {
    if (n == null || depth > 8 || out.found) {
      return;
    }
    if (n.isArray()) {
      for (JsonNode c : n) {
        visit(c, out, depth + 1);
      }
      return;
    }
    if (!n.isObject()) {
      return;
    }
    if (isArticleType(n.get("@type"))) {
      out.found = true;
      out.headline = text(n.get("headline"));
      if (out.headline == null) {
        out.headline = text(n.get("name"));
      }
      out.description = text(n.get("description"));
      out.published = text(n.get("datePublished"));
      if (out.published == null) {
        out.published = text(n.get("dateCreated"));
      }
      out.modified = text(n.get("dateModified"));
      out.articleBody = text(n.get("articleBody"));
      JsonNode author = n.get("author");
      if (author == null) {
        author = n.get("creator");
      }
      collectNames(author, out.authors, 0);
      JsonNode publisher = n.get("publisher");
      if (publisher != null) {
        out.publisher = publisher.isObject() ? text(publisher.get("name")) : text(publisher);
      }
      JsonNode url = n.get("url");
      out.url = text(url);
      return;
    }
    visit(n.get("@graph"), out, depth + 1);
    visit(n.get("mainEntity"), out, depth + 1);
  }

  private static boolean isArticleType(@Nullable JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isArticleType(t)) {
          return true;
        }
      }
      return false;
    }
    return ARTICLE_TYPES.contains(type.asText().toLowerCase(Locale.ROOT));
  }

  private static void collectNames(@Nullable JsonNode n, List<String> out, int depth) {
    if (n == null || depth > 3) {
      return;
    }
    if (n.isArray()) {
      for (JsonNode c : n) {
        collectNames(c, out, depth + 1);
      }
    } else if (n.isObject()) {
      JsonNode type = n.get("@type");
      if (type != null && type.asText().equalsIgnoreCase("Organization")) {
        return;
      }
      String name = text(n.get("name"));
      if (name != null) {
        out.add(name);
      }
    } else if (n.isTextual()) {
      out.add(n.asText());
    }
  }

  private static @Nullable String text(@Nullable JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isArray()) {
      return n.isEmpty() ? null : text(n.get(0));
    }
    if (n.isObject()) {
      return text(n.get("@value"));
    }
    String s = org.jsoup.parser.Parser.unescapeEntities(n.asText(), false).strip();
    return s.isEmpty() ? null : s;
  }

  // ---- small DOM helpers -----------------------------------------------------------------

  private static @Nullable String firstNonBlank(@Nullable String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  /** The first plausible date (refined by later ones saying the same day), else the first at all. */
  private static @Nullable PublicationDate firstDate(@Nullable String... candidates) {
    PublicationDate best = null;
    PublicationDate impossible = null;
    for (String c : candidates) {
      PublicationDate d = DateParser.parse(c);
      if (d != null && !PlausibleDate.plausible(d)) {
        if (impossible == null) impossible = d;
      } else if (d != null) {
        if (best == null) {
          best = d;
        } else if (d.date().equals(best.date()) && d.precision() > best.precision()) {
          best = d;
        }
      }
    }
    return best != null ? best : impossible;
  }

  static @Nullable String host(@Nullable String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      String h = URI.create(url.strip().replace(" ", "%20")).getHost();
      if (h == null) {
        return null;
      }
      return h.startsWith("www.") ? h.substring(4) : h;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
