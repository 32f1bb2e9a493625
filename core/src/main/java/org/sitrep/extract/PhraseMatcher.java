package org.sitrep.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Counts occurrences of a fixed set of phrases in a text, matching whole words, case-insensitively,
 * in one linear pass: the text is cut into tokens (runs of letters, digits and inner apostrophes or
 * hyphens; any other visible character is a token of its own) and phrases are looked up by their
 * first token. Much cheaper than one large regular-expression alternation tried at every offset.
 * Immutable and thread-safe.
 */
final class PhraseMatcher {
  private final Map<String, List<String[]>> byFirstToken = new HashMap<>();

  PhraseMatcher(List<String> phrases) {
    for (String p : phrases) {
      List<String> tokens = tokens(p);
      if (!tokens.isEmpty()) {
        byFirstToken.computeIfAbsent(tokens.get(0), k -> new ArrayList<>()).add(tokens.toArray(String[]::new));
      }
    }
  }

  int count(String text) {
    List<String> tokens = tokens(text);
    int hits = 0;
    for (int i = 0; i < tokens.size(); i++) {
      List<String[]> candidates = byFirstToken.get(tokens.get(i));
      if (candidates == null) {
        continue;
      }
      for (String[] phrase : candidates) {
        if (matchesAt(tokens, i, phrase)) {
          hits++;
          i += phrase.length - 1;
          break;
        }
      }
    }
    return hits;
  }

  private static boolean matchesAt(List<String> tokens, int at, String[] phrase) {
    if (at + phrase.length > tokens.size()) {
      return false;
    }
    for (int j = 1; j < phrase.length; j++) {
      if (!tokens.get(at + j).equals(phrase[j])) {
        return false;
      }
    }
    return true;
  }

  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        int start = i;
        while (i < n) {
          char d = text.charAt(i);
          boolean inner = (d == '\'' || d == '’' || d == '-') && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))
              && i > start;
          if (!Character.isLetterOrDigit(d) && !inner) {
            break;
          }
          i++;
        }
        out.add(text.substring(start, i).toLowerCase(Locale.ROOT).replace('’', '\''));
      } else {
        if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
          out.add(String.valueOf(c));
        }
        i++;
      }
    }
    return out;
  }
}
