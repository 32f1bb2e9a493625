package org.sitrep.source;

import com.rometools.opml.feed.opml.Opml;
import com.rometools.opml.feed.opml.Outline;
import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lists of links: feeds (RSS, Atom; Rome), OPML lists of feeds (Rome OPML) and sitemaps or sitemap
 * indexes (crawler-commons). Recognised by their root element, whatever the file is called.
 */
final class Links {
  enum Kind { NONE, FEED, OPML, SITEMAP }

  /** A list that cannot be read, with the reason. */
  static final class BadListException extends Exception {
    BadListException(String message) {
      super(message);
    }
  }

  private Links() {}

  static boolean isListFile(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
    return n.endsWith(".xml") || n.endsWith(".rss") || n.endsWith(".atom") || n.endsWith(".opml");
  }

  /** Which kind of list the bytes are, by their root element; NONE for pages and anything else. */
  static Kind sniff(byte[] bytes, String contentType) {
    if (contentType.equals("text/html") || contentType.equals("text/plain")) {
      return Kind.NONE;
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    int i = 0;
    // Skip the XML declaration, comments, processing instructions and a doctype to the root element.
    while (true) {
      int lt = head.indexOf('<', i);
      if (lt < 0 || lt + 1 >= head.length()) {
        return Kind.NONE;
      }
      char c = head.charAt(lt + 1);
      if (c == '?' || c == '!') {
        int end = head.indexOf('>', lt);
        if (end < 0) {
          return Kind.NONE;
        }
        i = end + 1;
        continue;
      }
      String root = head.substring(lt + 1, Math.min(head.length(), lt + 16));
      if (root.startsWith("rss") || root.startsWith("feed") || root.startsWith("rdf:rdf")) {
        return Kind.FEED;
      }
      if (root.startsWith("opml")) {
        return Kind.OPML;
      }
      if (root.startsWith("urlset") || root.startsWith("sitemapindex")) {
        return Kind.SITEMAP;
      }
      return Kind.NONE;
    }
  }

  /** The absolute links of a list, in document order. */
  static List<String> read(Kind kind, byte[] xml, String contentType, String baseUrl) throws BadListException {
    List<String> out = new ArrayList<>();
    try {
      switch (kind) {
        case FEED -> {
          SyndFeedInput input = new SyndFeedInput();
          input.setAllowDoctypes(false);
          SyndFeed feed = input.build(new XmlReader(new ByteArrayInputStream(xml)));
          for (SyndEntry e : feed.getEntries()) {
            String link = e.getLink() != null ? e.getLink() : e.getUri();
            add(out, baseUrl, link);
          }
        }
        case OPML -> {
          WireFeedInput input = new WireFeedInput();
          input.setAllowDoctypes(false);
          WireFeed feed = input.build(new XmlReader(new ByteArrayInputStream(xml)));
          if (!(feed instanceof Opml opml)) {
            throw new BadListException("not an OPML list");
          }
          outlines(opml.getOutlines(), baseUrl, out, 0);
        }
        case SITEMAP -> {
          // A sitemap read from a file has no web address of its own; lenient parsing (strict=false)
          // then accepts its links whatever their host.
          URL base = URI.create(baseUrl.startsWith("file:") ? "http://localhost/" : baseUrl).toURL();
          AbstractSiteMap map = new SiteMapParser(false).parseSiteMap(
              contentType.isEmpty() ? "text/xml" : contentType, xml, base);
          if (map instanceof SiteMapIndex index) {
            for (AbstractSiteMap child : index.getSitemaps()) {
              add(out, baseUrl, child.getUrl().toString());
            }
          } else if (map instanceof SiteMap sitemap) {
            for (SiteMapURL u : sitemap.getSiteMapUrls()) {
              add(out, baseUrl, u.getUrl().toString());
            }
          }
        }
        case NONE -> throw new BadListException("not a feed, OPML list or sitemap");
      }
    } catch (BadListException e) {
      throw e;
    } catch (Exception e) {
      throw new BadListException("malformed " + kind.name().toLowerCase(Locale.ROOT) + ": " + e.getMessage());
    }
    return out;
  }

  /** The interval an RSS feed asks to be polled at ({@code <ttl>} minutes), if it says. */
  static java.util.Optional<java.time.Duration> ttl(Kind kind, byte[] xml) {
    if (kind != Kind.FEED) {
      return java.util.Optional.empty();
    }
    try {
      WireFeedInput input = new WireFeedInput();
      input.setAllowDoctypes(false);
      WireFeed feed = input.build(new XmlReader(new ByteArrayInputStream(xml)));
      if (feed instanceof com.rometools.rome.feed.rss.Channel channel && channel.getTtl() > 0) {
        return java.util.Optional.of(java.time.Duration.ofMinutes(channel.getTtl()));
      }
    } catch (Exception e) {
      // no ttl then; the feed's links were read, or reported, already
    }
    return java.util.Optional.empty();
  }

  private static void outlines(List<Outline> outlines, String baseUrl, List<String> out, int depth) {
    if (depth > 8) {
      return;
    }
    for (Outline o : outlines) {
      if (o.getXmlUrl() != null) {
        add(out, baseUrl, o.getXmlUrl());
      }
      outlines(o.getChildren(), baseUrl, out, depth + 1);
    }
  }

  private static void add(List<String> out, String baseUrl, String link) {
    if (link == null || link.isBlank()) {
      return;
    }
    try {
      String abs = baseUrl.startsWith("http") ? URI.create(baseUrl).resolve(link.strip()).toString() : link.strip();
      if (abs.startsWith("http://") || abs.startsWith("https://")) {
        out.add(abs);
      }
    } catch (IllegalArgumentException ignored) {
      // a malformed link is not a document
    }
  }
}
