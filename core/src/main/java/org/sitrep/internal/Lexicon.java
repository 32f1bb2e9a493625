package org.sitrep.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the readable data files under {@code src/main/resources}: one entry per line, {@code #}
 * starts a comment, blank lines are ignored. Each file opens with a header saying what it is and
 * where its content comes from.
 */
public final class Lexicon {
  private Lexicon() {}

  /** The entries of a resource next to {@code anchor}, trimmed, in file order. */
  public static List<String> lines(Class<?> anchor, String resource) {
    List<String> out = new ArrayList<>();
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource + " next to " + anchor.getName());
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          out.add(t);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + resource, e);
    }
    return List.copyOf(out);
  }

  /** Entries of the form {@code key<TAB>value}; keys lower-cased. */
  public static Map<String, String> table(Class<?> anchor, String resource) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : lines(anchor, resource)) {
      int tab = line.indexOf('\t');
      if (tab < 0) {
        throw new IllegalStateException(resource + ": expected key<TAB>value in line: " + line);
      }
      out.put(line.substring(0, tab).strip().toLowerCase(Locale.ROOT), line.substring(tab + 1).strip());
    }
    return Map.copyOf(out);
  }

  /** Tab-separated entries, each padded with empty fields to at least {@code columns} (trailing empties are stripped). */
  public static List<String[]> rows(Class<?> anchor, String resource, int columns) {
    List<String[]> out = new ArrayList<>();
    for (String line : lines(anchor, resource)) {
      String[] f = line.split("\t", -1);
      out.add(f.length >= columns ? f : java.util.Arrays.copyOf(f, columns, String[].class));
    }
    for (String[] f : out) {
      for (int i = 0; i < f.length; i++) if (f[i] == null) f[i] = "";
    }
    return List.copyOf(out);
  }
}
