package org.sitrep.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.sitrep.watch.Watchlist;

/**
 * The watchlist files {@code serve} was given, each known by a short name from its file name ({@code korea.yaml}
 * is {@code korea}). A save is checked exactly as {@code sitrep watch} reads the file and written whole (a
 * temporary file moved over the old one), so the file on disk is never half-written or invalid.
 */
final class WatchlistFiles {
  private final Map<String, Path> files = new LinkedHashMap<>();

  WatchlistFiles(List<Path> paths) {
    for (Path p : paths) {
      Path file = p.toAbsolutePath().normalize();
      String slug = slug(file);
      if (files.putIfAbsent(slug, file) != null) {
        throw new IllegalArgumentException("two watchlists are both called '" + slug + "': " + files.get(slug) + " and " + file);
      }
      Watchlist.read(file); // refused at start-up, not at the first page view
    }
  }

  static String slug(Path file) {
    String name = file.getFileName().toString().replaceFirst("\\.(ya?ml)$", "");
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-");
  }

  Map<String, Path> all() {
    return files;
  }

  Path file(String slug) {
    Path p = files.get(slug);
    if (p == null) throw new NoSuchElementException("no watchlist '" + slug + "' (serve was given: " + String.join(", ", files.keySet()) + ")");
    return p;
  }

  String text(String slug) {
    try {
      return Files.readString(file(slug));
    } catch (IOException e) {
      throw new UncheckedIOException("watchlist " + file(slug) + ": cannot read it", e);
    }
  }

  /** Checks and saves new text; an invalid text throws IllegalArgumentException naming the problem, the file untouched. */
  Watchlist save(String slug, String yaml) {
    Path file = file(slug);
    String text = yaml.replace("\r\n", "\n");
    Watchlist parsed = Watchlist.parse(text, file.toString(), file.getFileName().toString());
    try {
      Path tmp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("watchlist " + file + ": cannot write it", e);
    }
    return parsed;
  }
}
