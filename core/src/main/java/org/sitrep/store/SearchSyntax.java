package org.sitrep.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns what a user types into a valid SQLite FTS5 query, so that search accepts anything: words,
 * "quoted phrases" (an unclosed quote is closed), {@code AND}, {@code OR}, {@code NOT} between terms, and
 * {@code prefix*}; every other term is quoted, so punctuation is searched as text ("U.S.", "C++", "9/11"),
 * an operator left hanging at the end is dropped, and one with nothing before it ("AND" alone, "NOT" first)
 * is searched as a word. Parentheses
 * are dropped. The result never makes FTS5 report a syntax error.
 */
public final class SearchSyntax {
  private SearchSyntax() {}

  private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");

  /** The FTS5 query for {@code typed}; empty when nothing searchable was typed. */
  public static String toFts(String typed) {
    List<String> terms = new ArrayList<>();
    List<Boolean> phrase = new ArrayList<>();
    int i = 0;
    String s = typed.replace('(', ' ').replace(')', ' ');
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '"') {
        int end = s.indexOf('"', i + 1);
        String inner = end < 0 ? s.substring(i + 1) : s.substring(i + 1, end);
        if (!inner.isBlank()) {
          terms.add(inner.strip());
          phrase.add(true);
        }
        i = end < 0 ? s.length() : end + 1;
      } else {
        int end = i;
        while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '"') end++;
        terms.add(s.substring(i, end));
        phrase.add(false);
        i = end;
      }
    }
    StringBuilder out = new StringBuilder();
    for (int k = 0; k < terms.size(); k++) {
      String t = terms.get(k);
      boolean operator = !phrase.get(k) && OPERATORS.contains(t);
      // an operator needs a term before it (and one after): else it is a word
      if (operator && out.length() > 0 && k + 1 < terms.size() && !isOperator(terms, phrase, k + 1)
          && !endsWithOperator(out)) {
        out.append(' ').append(t);
        continue;
      }
      if (operator && out.length() > 0 && k == terms.size() - 1) {
        continue; // "tariffs OR": an operator left hanging at the end is dropped
      }
      if (out.length() > 0) out.append(' ');
      if (!phrase.get(k) && t.matches("[\\p{L}\\p{N}]+\\*")) {
        out.append(t); // prefix search
      } else {
        out.append('"').append(t.replace("\"", "\"\"")).append('"');
      }
    }
    return out.toString();
  }

  private static boolean isOperator(List<String> terms, List<Boolean> phrase, int k) {
    return !phrase.get(k) && OPERATORS.contains(terms.get(k));
  }

  private static boolean endsWithOperator(StringBuilder out) {
    String s = out.toString();
    for (String op : OPERATORS) {
      if (s.endsWith(" " + op)) return true;
    }
    return false;
  }
}
