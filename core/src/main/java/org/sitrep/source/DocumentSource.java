package org.sitrep.source;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.sitrep.model.RawDocument;

/**
 * Reads the inputs a user names into {@link RawDocument}s.
 *
 * <table>
 *   <caption>What an input may be</caption>
 *   <tr><th>input</th><th>documents</th></tr>
 *   <tr><td>{@code .html}, {@code .htm}, {@code .xhtml} (optionally {@code .gz})</td><td>one HTML page</td></tr>
 *   <tr><td>{@code .txt} (optionally {@code .gz})</td><td>one scraped text</td></tr>
 *   <tr><td>{@code .warc}, {@code .warc.gz}</td><td>one per HTML or text response record (jwarc)</td></tr>
 *   <tr><td>a directory</td><td>every supported file below it, in name order; subfolders kept in names</td></tr>
 *   <tr><td>{@code http://}, {@code https://}</td><td>the fetched page, through {@link Fetcher} (robots.txt,
 *       per-host delay, redirects, time-outs, size cap, no private addresses unless allowed)</td></tr>
 *   <tr><td>a feed (RSS, Atom), OPML list or sitemap (index), as URL or {@code .xml}, {@code .rss},
 *       {@code .atom}, {@code .opml} file</td><td>each linked page, fetched; nested lists followed to a
 *       bounded depth, at most {@code source.maxLinks} links, each URL once per run</td></tr>
 *   <tr><td>any other file</td><td>sniffed: HTML if it looks like markup, else text</td></tr>
 * </table>
 */
public final class DocumentSource {
  private static final int MAX_NESTING = 4;

  private final SourceSettings settings;
  private final Fetcher fetcher;
  /** In watching mode, what earlier reads saw: pages already read, feeds' validators and ttl. */
  private final @Nullable Run remembered;
  /** Canonical URLs already stored: a feed's or sitemap's links to them are not fetched again. */
  private java.util.function.Predicate<String> storedUrl = u -> false;

  public DocumentSource(SourceSettings settings) {
    this(settings, null);
  }

  private DocumentSource(SourceSettings settings, @Nullable Run remembered) {
    this.settings = settings;
    this.fetcher = new Fetcher(settings);
    this.remembered = remembered;
  }

  /**
   * A source for polling the same inputs again and again ({@code ingest --watch}): each
   * {@link #read} asks feeds and sitemaps whether they changed (ETag, Last-Modified), fetches only
   * the pages not read before, and remembers each feed's own polling interval (RSS {@code ttl}).
   */
  public static DocumentSource watching(SourceSettings settings) {
    Run run = new Run();
    run.watching = true;
    return new DocumentSource(settings, run);
  }

  /**
   * Links found in feeds and sitemaps whose canonical URL {@code isStored} says the store has are not
   * fetched (the sink hears {@link DocumentSink#known}); inputs named directly are always read.
   */
  public DocumentSource skippingStored(java.util.function.Predicate<String> isStored) {
    this.storedUrl = isStored;
    return this;
  }

  /** The interval a feed asked to be polled at (its RSS ttl), if it said. */
  public java.util.Optional<java.time.Duration> pollInterval(String url) {
    return remembered == null ? java.util.Optional.empty() : java.util.Optional.ofNullable(remembered.ttl.get(url));
  }

  public static DocumentSource withDefaults() {
    return new DocumentSource(SourceSettings.DEFAULTS);
  }

  /** Reads every input in order, handing each document or failure to {@code sink}. */
  public void read(List<String> inputs, DocumentSink sink) {
    Run run = remembered != null ? remembered : new Run();
    run.links = 0;
    run.capped = false;
    for (String input : inputs) {
      if (input.equals("-")) {
        readStream(System.in, "stdin", sink);
        continue;
      }
      if (input.startsWith("http://") || input.startsWith("https://")) {
        fetch(input, sink, run, 0);
        continue;
      }
      Path path = Path.of(input);
      if (Files.isDirectory(path)) {
        readDirectory(path, sink);
      } else if (Files.exists(path) && Links.isListFile(path)) {
        readList(path, input, sink, run);
      } else if (Files.exists(path)) {
        readFile(path, input, Names.stripKnownExtensions(path.getFileName().toString()), true, sink);
      } else {
        sink.unreadable(input, Names.stripKnownExtensions(path.getFileName() == null ? input : path.getFileName().toString()),
            false, "no such file or directory");
      }
    }
  }

  private void readDirectory(Path dir, DocumentSink sink) {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      sink.unreadable(dir.toString(), dir.getFileName() == null ? "dir" : dir.getFileName().toString(), false,
          "cannot list directory: " + e.getMessage());
      return;
    }
    if (files.isEmpty()) {
      sink.unreadable(dir.toString(), dir.getFileName() == null ? "dir" : dir.getFileName().toString(), false,
          "the directory has no files to read");
      return;
    }
    for (Path file : files) {
      String relative = dir.relativize(file).toString().replace('\\', '/');
      int slash = relative.lastIndexOf('/');
      String name = (slash >= 0 ? relative.substring(0, slash + 1) : "")
          + Names.stripKnownExtensions(relative.substring(slash + 1));
      readFile(file, file.toString(), name, false, sink);
    }
  }

  private void readFile(Path file, String source, String name, boolean named, DocumentSink sink) {
    String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (lower.endsWith(".warc") || lower.endsWith(".warc.gz")) {
      readWarc(file, source, name, sink);
      return;
    }
    String base = lower.endsWith(".gz") ? lower.substring(0, lower.length() - 3) : lower;
    RawDocument.Format format;
    if (base.endsWith(".html") || base.endsWith(".htm") || base.endsWith(".xhtml")) {
      format = RawDocument.Format.HTML;
    } else if (base.endsWith(".txt")) {
      format = RawDocument.Format.TEXT;
    } else if (!named) {
      sink.unreadable(source, name, true, "not a supported file type (.html, .htm, .txt, .warc, optionally .gz)");
      return;
    } else {
      format = null; // sniffed below
    }
    List<String> warnings = new ArrayList<>();
    byte[] bytes;
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = lower.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
      bytes = readCapped(in, warnings);
    } catch (EOFException e) {
      sink.unreadable(source, name, false, "truncated gzip stream: " + e.getMessage());
      return;
    } catch (ZipException e) {
      sink.unreadable(source, name, false, "not a valid gzip file: " + e.getMessage());
      return;
    } catch (NoSuchFileException e) {
      sink.unreadable(source, name, false, "no such file");
      return;
    } catch (IOException e) {
      sink.unreadable(source, name, false, "cannot read: " + e);
      return;
    }
    if (format == null) {
      format = looksLikeHtml(bytes) ? RawDocument.Format.HTML : RawDocument.Format.TEXT;
    }
    sink.document(new RawDocument(source, name, null, bytes, null, format, warnings));
  }

  /** Standard input ("-"): one document, HTML or text by its first bytes. */
  void readStream(InputStream in, String name, DocumentSink sink) {
    List<String> warnings = new ArrayList<>();
    byte[] bytes;
    try {
      bytes = readCapped(in, warnings);
    } catch (IOException e) {
      sink.unreadable("-", name, false, "cannot read standard input: " + e);
      return;
    }
    RawDocument.Format format = looksLikeHtml(bytes) ? RawDocument.Format.HTML : RawDocument.Format.TEXT;
    sink.document(new RawDocument("-", name, null, bytes, null, format, warnings));
  }

  private void readWarc(Path file, String source, String warcName, DocumentSink sink) {
    int records = 0;
    try (WarcReader reader = new WarcReader(file)) {
      for (WarcRecord record : reader) {
        records++;
        if (!(record instanceof WarcResponse response)) {
          continue;
        }
        String target = response.target();
        String recordSource = source + "#" + target;
        String name = warcName + "/" + Names.fromUrl(target);
        try {
          MediaType type = response.payloadType();
          String base = type.base().toString().toLowerCase(Locale.ROOT);
          RawDocument.Format format;
          if (base.equals("text/html") || base.equals("application/xhtml+xml")) {
            format = RawDocument.Format.HTML;
          } else if (base.equals("text/plain")) {
            format = RawDocument.Format.TEXT;
          } else {
            sink.unreadable(recordSource, name, true, "WARC response is " + base + ", not HTML or text");
            continue;
          }
          int status = response.http().status();
          if (status < 200 || status >= 300) {
            sink.unreadable(recordSource, name, true, "WARC response has HTTP status " + status);
            continue;
          }
          List<String> warnings = new ArrayList<>();
          byte[] bytes;
          try (InputStream in = Channels.newInputStream(response.http().bodyDecoded())) {
            bytes = readCapped(in, warnings);
          }
          sink.document(new RawDocument(recordSource, name, target, bytes, type.toString(), format, warnings));
        } catch (IOException | RuntimeException e) {
          sink.unreadable(recordSource, name, false, "unreadable WARC record: " + e.getMessage());
        }
      }
    } catch (IOException | RuntimeException e) {
      sink.unreadable(source, warcName, false,
          "WARC file is truncated or corrupt after " + records + " records: " + e.getMessage());
    }
  }

  /** What one {@link #read} call has seen: for self-referencing feeds and sitemap bombs. */
  private static final class Run {
    final Set<String> visited = new HashSet<>();
    final java.util.Map<String, Fetcher.Validators> validators = new java.util.HashMap<>();
    final java.util.Map<String, java.time.Duration> ttl = new java.util.HashMap<>();
    int links;
    boolean capped;
    boolean watching;
  }

  private void fetch(String url, DocumentSink sink, Run run, int depth) {
    String name = Names.fromUrl(url);
    String key = Urls.canonical(url);
    boolean polled = run.watching && depth == 0; // the inputs themselves are asked again every round
    if (key != null && !run.visited.add(key) && !polled) {
      if (!run.watching) {
        sink.unreadable(url, name, true, "already read in this run (a feed, sitemap or page pointing to itself?)");
      }
      return; // when watching, a page read in an earlier round was accounted for then
    }
    if (depth > 0 && key != null && storedUrl.test(key)) {
      sink.known(url, name);
      return;
    }
    Fetcher.Result r = fetcher.fetch(url, run.validators.getOrDefault(url, Fetcher.Validators.NONE));
    if (r.notModified()) {
      return; // unchanged since the last round: nothing new to read
    }
    if (!r.ok()) {
      sink.unreadable(url, name, r.refused(), r.failure());
      return;
    }
    String type = r.contentType() == null ? "" : r.contentType();
    String base = type.split(";")[0].strip().toLowerCase(Locale.ROOT);
    Links.Kind kind = Links.sniff(r.body(), base);
    if (kind != Links.Kind.NONE) {
      if (run.watching) {
        run.validators.put(url, r.validators());
        Links.ttl(kind, r.body()).ifPresent(t -> run.ttl.put(url, t));
      }
      expand(url, r.finalUrl(), r.body(), base, kind, sink, run, depth);
      return;
    }
    RawDocument.Format format;
    if (base.equals("text/html") || base.equals("application/xhtml+xml")) {
      format = RawDocument.Format.HTML;
    } else if (base.equals("text/plain")) {
      format = RawDocument.Format.TEXT;
    } else if (base.isEmpty()) {
      format = looksLikeHtml(r.body()) ? RawDocument.Format.HTML : RawDocument.Format.TEXT;
    } else {
      sink.unreadable(url, name, true, "response is " + base + ", not HTML, text, a feed or a sitemap");
      return;
    }
    sink.document(new RawDocument(url, name, r.finalUrl(), r.body(), type.isEmpty() ? null : type, format, List.of()));
  }

  /** Reads the links of a feed, OPML list or sitemap and fetches each. */
  private void expand(String source, String baseUrl, byte[] xml, String contentType, Links.Kind kind, DocumentSink sink,
      Run run, int depth) {
    String name = source.startsWith("http") ? Names.fromUrl(source)
        : Names.stripKnownExtensions(Path.of(source).getFileName().toString());
    if (depth >= MAX_NESTING) {
      sink.unreadable(source, name, true, "nested deeper than " + MAX_NESTING + " feeds or sitemaps; not followed");
      return;
    }
    List<String> links;
    try {
      links = Links.read(kind, xml, contentType, baseUrl);
    } catch (Links.BadListException e) {
      sink.unreadable(source, name, false, e.getMessage());
      return;
    }
    for (String link : links) {
      if (run.links >= settings.maxLinks()) {
        if (!run.capped) {
          run.capped = true;
          sink.unreadable(source, name, true, "more than " + settings.maxLinks()
              + " links from feeds and sitemaps in this run (source.maxLinks); the rest are not read");
        }
        return;
      }
      run.links++;
      fetch(link, sink, run, depth + 1);
    }
  }

  /** A feed, OPML list or sitemap on disk: its links are fetched. */
  private void readList(Path file, String source, DocumentSink sink, Run run) {
    byte[] bytes;
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, settings.maxBytes()));
    } catch (IOException e) {
      sink.unreadable(source, Names.stripKnownExtensions(file.getFileName().toString()), false, "cannot read: " + e);
      return;
    }
    Links.Kind kind = Links.sniff(bytes, "");
    if (kind == Links.Kind.NONE) {
      sink.unreadable(source, Names.stripKnownExtensions(file.getFileName().toString()), false,
          "not a feed (RSS, Atom), OPML list or sitemap");
      return;
    }
    expand(source, file.toUri().toString(), bytes, "", kind, sink, run, 0);
  }

  private byte[] readCapped(InputStream in, List<String> warnings) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, settings.maxBytes()));
    if (bytes.length == settings.maxBytes() && in.read() >= 0) {
      warnings.add("document is larger than " + settings.maxBytes() + " bytes; only the first "
          + settings.maxBytes() + " were read");
    }
    return bytes;
  }

  static boolean looksLikeHtml(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1)
        .stripLeading().toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")
        || head.contains("<head") || head.contains("<body") || head.startsWith("<!--");
  }
}
