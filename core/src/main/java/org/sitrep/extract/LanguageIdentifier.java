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

  private LanguageIdentifier() {}

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
