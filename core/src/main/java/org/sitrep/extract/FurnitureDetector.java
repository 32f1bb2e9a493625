package org.sitrep.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.internal.Lexicon;

/**
 * Recognises page furniture in text: appeals to donate or subscribe, comment and registration
 * prompts, share and cookie lines, "read more" teasers. The evidence is the phrase list in
 * {@code furniture-phrases.txt} plus how a paragraph addresses the reader ("we", "our", "you") —
 * news prose reports; furniture asks. Thread-safe.
 */
final class FurnitureDetector {
  private static final List<String> PHRASES = Lexicon.lines(FurnitureDetector.class, "furniture-phrases.txt");
  private static final PhraseMatcher PHRASE;
  private static final PhraseMatcher SHORT_LINE_WORD;
  private static final Pattern FIRST_PLURAL = Pattern.compile("(?i)\\b(we|our|us|we're|we’re|we've|we’ve)\\b");
  private static final Pattern SECOND = Pattern.compile("(?i)\\b(you|your|you're|you’re)\\b");

  static {
    List<String> phrases = new java.util.ArrayList<>();
    List<String> shortLineWords = new java.util.ArrayList<>();
    for (String p : PHRASES) {
      if (p.startsWith("~ ")) {
        shortLineWords.add(p.substring(2).strip());
      } else {
        phrases.add(p);
      }
    }
    PHRASE = new PhraseMatcher(phrases);
    SHORT_LINE_WORD = new PhraseMatcher(shortLineWords);
  }

  private FurnitureDetector() {}

  /**
   * Words in the text. Scripts written without spaces (Chinese, Japanese) count one word per two
   * characters, roughly their average word length, so length thresholds hold across languages.
   */
  static int words(String text) {
    int n = 0;
    int cjk = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isCjk(c)) {
        cjk++;
        inWord = false;
      } else if (Character.isLetterOrDigit(c)) {
        if (!inWord) {
          n++;
          inWord = true;
        }
      } else {
        inWord = false;
      }
    }
    return n + (cjk + 1) / 2;
  }

  private static boolean isCjk(char c) {
    return (c >= '\u3040' && c <= '\u30FF') || (c >= '\u3400' && c <= '\u9FFF') || (c >= '\uF900' && c <= '\uFAFF');
  }

  static int phraseHits(String text) {
    return PHRASE.count(text);
  }

  /**
   * Whether a block is furniture. Short blocks need one phrase; longer ones need phrases and the
   * voice of an appeal (first-person plural or second person outside quotation marks).
   */
  static boolean isFurniture(String text) {
    int words = words(text);
    if (words == 0) {
      return true;
    }
    int hits = phraseHits(text);
    if (words <= 5) {
      hits += SHORT_LINE_WORD.count(text);
    }
    if (hits == 0) {
      return false;
    }
    if (words <= 12) {
      return true;
    }
    String unquoted = withoutQuotes(text);
    int voice = count(FIRST_PLURAL, unquoted) + count(SECOND, unquoted);
    return voice * 25 >= words || (hits >= 2 && hits * 15 >= words);
  }

  /** Whether a long paragraph speaks to the reader as an outlet does ("we", "our", "your"). */
  static boolean speaksAsOutlet(String text) {
    String unquoted = withoutQuotes(text);
    int words = Math.max(1, words(unquoted));
    return count(FIRST_PLURAL, unquoted) * 20 >= words && count(FIRST_PLURAL, unquoted) >= 2;
  }

  private static int count(Pattern p, String s) {
    Matcher m = p.matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** The text with quoted speech removed, so a quoted "we" is not the outlet's voice. */
  static String withoutQuotes(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean inQuote = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '“' || c == '”' || c == '"') {
        inQuote = c == '“' || (c == '"' && !inQuote);
        if (c == '”') {
          inQuote = false;
        }
        continue;
      }
      if (!inQuote) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
