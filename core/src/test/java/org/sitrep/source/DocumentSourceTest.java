package org.sitrep.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.sitrep.model.RawDocument;

class DocumentSourceTest {
  @TempDir Path dir;

  /** Collects what a read produced. */
  static final class Collected implements DocumentSink {
    final List<RawDocument> docs = new ArrayList<>();
    final List<String> problems = new ArrayList<>();

    @Override
    public void document(RawDocument d) {
      docs.add(d);
    }

    @Override
    public void unreadable(String source, String name, boolean skipped, String reason) {
      problems.add((skipped ? "skipped " : "failed ") + name + ": " + reason);
    }
  }

  private Collected read(String... inputs) {
    Collected c = new Collected();
    new DocumentSource(SourceSettings.DEFAULTS.withAllowPrivate(true).withHostDelay(java.time.Duration.ZERO))
        .read(List.of(inputs), c);
    return c;
  }

  private static byte[] gzip(String s) throws IOException {
    var bytes = new java.io.ByteArrayOutputStream();
    try (var gz = new GZIPOutputStream(bytes)) {
      gz.write(s.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  @Test
  void directory_keeps_subfolders_and_strips_known_extensions() throws IOException {
    Files.createDirectories(dir.resolve("in/sub"));
    Files.writeString(dir.resolve("in/a.b.html"), "<p>x</p>");
    Files.write(dir.resolve("in/sub/ab12.html.gz"), gzip("<p>y</p>"));
    Files.writeString(dir.resolve("in/sub/note.txt"), "text");
    Files.writeString(dir.resolve("in/logo.png"), "png");
    Collected c = read(dir.resolve("in").toString());
    assertThat(c.docs).extracting(RawDocument::name).containsExactly("a.b", "sub/ab12", "sub/note");
    assertThat(c.docs).extracting(RawDocument::format)
        .containsExactly(RawDocument.Format.HTML, RawDocument.Format.HTML, RawDocument.Format.TEXT);
    assertThat(new String(c.docs.get(1).content(), StandardCharsets.UTF_8)).isEqualTo("<p>y</p>");
    assertThat(c.problems).containsExactly("skipped logo.png: not a supported file type (.html, .htm, .txt, .warc, optionally .gz)");
  }

  @Test
  void standard_input_is_one_document_sniffed_as_html_or_text() {
    Collected c = new Collected();
    DocumentSource source = new DocumentSource(SourceSettings.DEFAULTS);
    source.readStream(new java.io.ByteArrayInputStream("Chile expelled two diplomats.".getBytes(StandardCharsets.UTF_8)),
        "stdin", c);
    source.readStream(new java.io.ByteArrayInputStream("<html><p>Peru closed its border.</p>".getBytes(StandardCharsets.UTF_8)),
        "stdin", c);
    assertThat(c.docs).extracting(RawDocument::name).containsExactly("stdin", "stdin");
    assertThat(c.docs).extracting(RawDocument::format).containsExactly(RawDocument.Format.TEXT, RawDocument.Format.HTML);
    assertThat(c.problems).isEmpty();
  }

  @Test
  void missing_and_truncated_inputs_are_failures_with_reasons() throws IOException {
    byte[] gz = gzip("<html><body>" + "<p>some words</p>".repeat(5000) + "</body></html>");
    Path truncated = dir.resolve("cut.html.gz");
    Files.write(truncated, java.util.Arrays.copyOf(gz, gz.length / 2));
    Collected c = read(dir.resolve("nope.html").toString(), truncated.toString());
    assertThat(c.docs).isEmpty();
    assertThat(c.problems).containsExactly("failed nope: no such file or directory",
        "failed cut: truncated gzip stream: Unexpected end of ZLIB input stream");
  }

  @Test
  void warc_response_records_become_documents_and_truncation_is_reported() throws IOException {
    Path warc = dir.resolve("crawl.warc.gz");
    try (WarcWriter w = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
        org.netpreserve.jwarc.WarcCompression.GZIP)) {
      w.write(response("https://example.com/news/one.html", "text/html; charset=utf-8", "<p>one</p>"));
      w.write(response("https://example.com/logo.png", "image/png", "PNG"));
      w.write(response("https://example.com/news/two", "text/html", "<p>two</p>"));
    }
    Collected c = read(warc.toString());
    assertThat(c.docs).extracting(RawDocument::url)
        .containsExactly("https://example.com/news/one.html", "https://example.com/news/two");
    assertThat(c.docs.get(0).name()).startsWith("crawl/example.com_news_one_");
    assertThat(c.problems).singleElement().asString().contains("image/png");

    byte[] all = Files.readAllBytes(warc);
    Path cut = dir.resolve("cut.warc.gz");
    Files.write(cut, java.util.Arrays.copyOf(all, all.length - 40));
    Collected t = read(cut.toString());
    assertThat(t.docs).extracting(RawDocument::url).contains("https://example.com/news/one.html");
    assertThat(t.problems).anyMatch(p -> p.startsWith("failed cut") && p.contains("truncated or corrupt"));
  }

  private static WarcResponse response(String url, String type, String body) {
    String http = "HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " + body.length() + "\r\n\r\n" + body;
    return new WarcResponse.Builder(URI.create(url))
        .body(MediaType.HTTP_RESPONSE, http.getBytes(StandardCharsets.UTF_8))
        .build();
  }

  @Test
  void urls_are_fetched_from_a_loopback_server() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/story", ex -> send(ex, 200, "text/html; charset=utf-8", "<p>story</p>"));
    server.createContext("/missing", ex -> send(ex, 404, "text/html", "gone"));
    server.createContext("/image", ex -> send(ex, 200, "image/jpeg", "JPEG"));
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      Collected c = read(base + "/story", base + "/missing", base + "/image");
      assertThat(c.docs).singleElement().satisfies(d -> {
        assertThat(d.url()).isEqualTo(base + "/story");
        assertThat(d.contentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(d.name()).startsWith("127.0.0.1_");
      });
      assertThat(c.problems).hasSize(2);
      assertThat(c.problems.get(0)).contains("HTTP status 404");
      assertThat(c.problems.get(1)).startsWith("skipped").contains("image/jpeg");
      Collected strict = new Collected();
      DocumentSource.withDefaults().read(List.of(base + "/story"), strict);
      assertThat(strict.docs).isEmpty();
      assertThat(strict.problems).singleElement().asString().startsWith("skipped").contains("--allow-private");
    } finally {
      server.stop(0);
    }
  }

  private static void send(com.sun.net.httpserver.HttpExchange ex, int status, String type, String body) throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", type);
    ex.sendResponseHeaders(status, b.length);
    try (OutputStream o = ex.getResponseBody()) {
      o.write(b);
    }
  }

  @Test
  void names_are_stable_and_strip_known_extensions() {
    assertThat(Names.stripKnownExtensions("ab12.html.gz")).isEqualTo("ab12");
    assertThat(Names.stripKnownExtensions("a.b.html")).isEqualTo("a.b");
    assertThat(Names.stripKnownExtensions("x.warc.gz")).isEqualTo("x");
    assertThat(Names.fromUrl("https://www.example.com/a/b.html?x=1")).isEqualTo(Names.fromUrl("https://www.example.com/a/b.html?x=1"))
        .startsWith("example.com_a_b_").isNotEqualTo(Names.fromUrl("https://www.example.com/a/b.html?x=2"));
  }
}
