package org.sitrep.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.internal.Lexicon;

/** Matches class and id attributes against a hint file ({@code token WORD} / {@code part TEXT}). */
final class ClassHints {
  private final Set<String> tokens = new HashSet<>();
  private final List<String> parts = new ArrayList<>();

  ClassHints(String resource) {
    for (String line : Lexicon.lines(ClassHints.class, resource)) {
      String[] kv = line.split("\\s+", 2);
      if (kv.length != 2) {
        throw new IllegalStateException(resource + ": expected 'token WORD' or 'part TEXT': " + line);
      }
      String value = kv[1].toLowerCase(Locale.ROOT);
      switch (kv[0]) {
        case "token" -> tokens.add(value);
        case "part" -> parts.add(value);
        default -> throw new IllegalStateException(resource + ": unknown kind " + kv[0]);
      }
    }
  }

  /** Whether the attribute values (class, id, ...) joined by spaces carry one of the hints. */
  boolean matches(String attributes) {
    if (attributes.isEmpty()) {
      return false;
    }
    String s = attributes.toLowerCase(Locale.ROOT);
    for (String p : parts) {
      if (s.contains(p)) {
        return true;
      }
    }
    int start = -1;
    for (int i = 0; i <= s.length(); i++) {
      boolean word = i < s.length() && Character.isLetterOrDigit(s.charAt(i));
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        if (tokens.contains(s.substring(start, i))) {
          return true;
        }
        start = -1;
      }
    }
    return false;
  }
}
