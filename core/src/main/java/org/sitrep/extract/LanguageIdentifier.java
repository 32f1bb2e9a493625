package org.sitrep.extract;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * ISO 639-1 language of a text, by the Optimaize n-gram detector (71 built-in profiles). The
 * profiles load once per process, on first use. Only the first 600 characters of the body are
 * read: enough for a confident answer on article prose, and it bounds the cost per document.
 * Thread-safe.
 */
final class LanguageIdentifier {
  private static final int SAMPLE_CHARS = 600;
  private static final double MIN_PROBABILITY = 0.60;

  /** Texts shorter than this are read by their function words before the n-gram detector. */
  private static final int SHORT_TEXT = 160;
  private static final java.util.Set<String> ENGLISH_FUNCTION_WORDS = java.util.Set.of("the", "of", "to", "in",
      "and", "its", "from", "on", "at", "with", "for", "by", "is", "was", "has", "have", "his", "her", "their");

  /**
   * Common function words of the other languages of European news that English text does not use in lower case
   * (not "de", "la", "van", "die", "per": names and English words).
   */
  private static final java.util.Set<String> OTHER_FUNCTION_WORDS = java.util.Set.of("le", "les", "des", "du", "et",
      "est", "une", "dans", "sur", "aux", "el", "los", "las", "del", "y", "es", "una", "por", "para", "que", "il",
      "di", "che", "della", "non", "sono", "gli", "nel", "os", "das", "dos", "em", "um", "uma", "der", "und", "ist",
      "nicht", "mit", "von", "ein", "eine", "het", "een", "niet", "voor", "zu", "och", "og", "ja", "na", "sa");

  private LanguageIdentifier() {}

  /** Whether a lower-case word of the text is another language's function word. */
  private static boolean hasOtherFunctionWords(String text) {
    for (String w : text.split("[^\\p{L}]+")) {
      if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && OTHER_FUNCTION_WORDS.contains(w)) return true;
    }
    return false;
  }

  private static int englishFunctionWords(String text) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) {
      if (ENGLISH_FUNCTION_WORDS.contains(w)) seen.add(w);
    }
    return seen.size();
  }

  private static final class Holder {
    /**
     * Optimaize's standard (sampling) algorithm. Its short-text algorithm was tried first, for
     * speed, and dropped: on a plain English news paragraph full of names it answered German with
     * probability 0.99999, while the standard one, as fast on 600 characters and deterministic
     * (fixed seed: the same text gives the same answer), says English.
     */
    static final LanguageDetector DETECTOR;
    static final TextObjectFactory TEXT = CommonTextObjectFactories.forDetectingOnLargeText();

    static {
      try {
        DETECTOR = LanguageDetectorBuilder.create(NgramExtractors.standard())
            .withProfiles(new LanguageProfileReader().readAllBuiltIn())
            .build();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load language profiles", e);
      }
    }
  }

  /** Loads the profiles now rather than on the first document. */
  static void warmUp() {
    Holder.DETECTOR.hashCode();
  }

  /** The language code, or null when the text is too short or no language is clear. */
  static @Nullable String identify(String text) {
    return identify(text, null);
  }

  /**
   * The language code, or null when the text is too short or no language is clear. A language the
   * page declares wins when the detector gives it a fair chance too: detectors confuse close or
   * topic-coloured texts ("Manila", "Philippine" pull English news towards Tagalog), a page's own
   * declaration is rarely wrong when the text does not contradict it.
   */
  static @Nullable String identify(String text, @Nullable String declared) {
    if (text.length() < 20) {
      return null;
    }
    int english = text.length() < SHORT_TEXT && declared == null ? englishFunctionWords(text) : 0;
    if (english >= 2 || english == 1 && !hasOtherFunctionWords(text)) {
      // one sentence is too little for n-grams ("Brazil recalled its ambassador from Venezuela." reads as
      // Catalan to them, "Spain apologised to Morocco." as Italian); two of English's commonest function words,
      // or one and none of another language's, are a surer sign
      return "en";
    }
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    var textObject = Holder.TEXT.forText(sample);
    List<DetectedLanguage> ranked = Holder.DETECTOR.getProbabilities(textObject);
    if (declared != null) {
      for (DetectedLanguage d : ranked) {
        if (d.getLocale().getLanguage().equals(declared) && d.getProbability() >= DECLARED_PROBABILITY) {
          return declared;
        }
      }
    }
    if (ranked.isEmpty() || ranked.get(0).getProbability() < MIN_PROBABILITY) {
      return null;
    }
    return ranked.get(0).getLocale().getLanguage();
  }

  /** How likely the detector must find a declared language for the declaration to stand. */
  private static final double DECLARED_PROBABILITY = 0.10;
}
