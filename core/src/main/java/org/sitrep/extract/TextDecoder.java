package org.sitrep.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns bytes into text. Order of evidence: byte-order mark, the declared charset (HTTP or WARC
 * header), the page's own {@code <meta>}, then detection. A declaration the bytes contradict (a page
 * "in" ISO-8859-1 that is valid multi-byte UTF-8, or "UTF-8" that is not) is overruled with a
 * warning. Binary content is refused. Thread-safe.
 */
final class TextDecoder {
  private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:\\-]+)");
  private static final Pattern META_CHARSET = Pattern.compile(
      "(?i)<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([\\w.:\\-]+)");

  private TextDecoder() {}

  record Decoded(String text, Charset charset) {}

  static Decoded decode(byte[] bytes, @Nullable String contentType, boolean html, List<String> warnings)
      throws ExtractionException {
    if (bytes.length == 0) {
      throw ExtractionException.skip("empty document (0 bytes)");
    }
    refuseBinary(bytes);
    int bomLength = 0;
    Charset charset = null;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      charset = StandardCharsets.UTF_8;
      bomLength = 3;
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      charset = StandardCharsets.UTF_16BE;
      bomLength = 2;
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      charset = StandardCharsets.UTF_16LE;
      bomLength = 2;
    }
    if (charset != null) {
      return new Decoded(new String(bytes, bomLength, bytes.length - bomLength, charset), charset);
    }
    Charset declared = contentType == null ? null : charsetIn(HEADER_CHARSET, contentType);
    if (declared == null && html) {
      String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
      declared = charsetIn(META_CHARSET, head);
    }
    String utf8 = decodeUtf8(bytes);
    boolean validUtf8 = utf8 != null;
    if (declared != null) {
      boolean declaredUtf8 = declared.equals(StandardCharsets.UTF_8);
      if (declaredUtf8 && validUtf8) {
        return new Decoded(utf8, StandardCharsets.UTF_8);
      }
      if (declaredUtf8) {
        Charset detected = detect(bytes);
        warnings.add("declared UTF-8 but the bytes are not valid UTF-8; decoded as " + detected.name());
        return new Decoded(new String(bytes, detected), detected);
      }
      if (!declaredUtf8 && validUtf8 && hasMultiByte(bytes) && isAsciiCompatible(declared)) {
        warnings.add("declared " + declared.name() + " but the bytes are valid UTF-8; decoded as UTF-8");
        return new Decoded(utf8, StandardCharsets.UTF_8);
      }
      return new Decoded(new String(bytes, declared), declared);
    }
    if (validUtf8) {
      return new Decoded(utf8, StandardCharsets.UTF_8);
    }
    Charset detected = detect(bytes);
    warnings.add("no charset declared and the bytes are not UTF-8; detected " + detected.name());
    return new Decoded(new String(bytes, detected), detected);
  }

  private static void refuseBinary(byte[] bytes) throws ExtractionException {
    int n = Math.min(bytes.length, 8192);
    int control = 0;
    boolean utf16 = n >= 2 && (bytes[0] == 0 || bytes[1] == 0) && (bytes[0] == '<' || bytes[1] == '<');
    if (utf16) {
      return;
    }
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0 || (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B)) {
        control++;
      }
    }
    if (control * 20 > n) {
      throw ExtractionException.skip(String.format(Locale.ROOT,
          "binary content (%d of the first %d bytes are control bytes), not a text or HTML document", control, n));
    }
  }

  private static @Nullable Charset charsetIn(Pattern p, String s) {
    Matcher m = p.matcher(s);
    if (!m.find()) {
      return null;
    }
    try {
      String name = m.group(1).toLowerCase(Locale.ROOT);
      // WHATWG: pages labelled Latin-1 or ASCII are decoded as windows-1252.
      if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
        return Charset.forName("windows-1252");
      }
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean isAsciiCompatible(Charset c) {
    String n = c.name().toLowerCase(Locale.ROOT);
    return n.startsWith("windows-") || n.startsWith("iso-8859") || n.equals("us-ascii") || n.startsWith("koi8");
  }

  /** The bytes as UTF-8 in one pass, or null when they are not valid UTF-8. */
  static @Nullable String decodeUtf8(byte[] bytes) {
    // The JDK's replacing decoder is much faster than a reporting CharsetDecoder (ASCII fast path,
    // no CharBuffer copy). Malformed bytes always come out as U+FFFD, so only a page that contains
    // U+FFFD needs the strict check that tells a real U+FFFD from a broken sequence.
    String lenient = new String(bytes, StandardCharsets.UTF_8);
    if (lenient.indexOf('\uFFFD') < 0) {
      return lenient;
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static boolean hasMultiByte(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return true;
      }
    }
    return false;
  }

  private static Charset detect(byte[] bytes) {
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(bytes, 0, Math.min(bytes.length, 1 << 16));
    detector.dataEnd();
    String name = detector.getDetectedCharset();
    try {
      if (name != null) {
        return Charset.forName(name);
      }
    } catch (IllegalArgumentException ignored) {
      // fall through to the web's default
    }
    return Charset.forName("windows-1252");
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
