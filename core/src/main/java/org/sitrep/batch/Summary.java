package org.sitrep.batch;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.Outcome;

/**
 * The account of a run: every document is processed, skipped or failed.
 *
 * @param processed documents that gave an article
 * @param skipped documents with nothing to extract, each listed in {@code problems} with its reason
 * @param failed documents that could not be read or extracted, each in {@code problems}
 * @param known documents the store already had, recognised before any work (see {@link Outcome.Status#KNOWN})
 * @param warnings warnings raised on processed documents
 * @param elapsed wall time of the run
 * @param problems the skipped and failed outcomes, in input order
 */
public record Summary(int processed, int skipped, int failed, int known, int warnings, Duration elapsed,
    List<Outcome> problems) {
  public Summary {
    problems = List.copyOf(problems);
  }

  public int total() {
    return processed + skipped + failed + known;
  }

  /** {@code 905 documents: 903 processed, 1 skipped, 1 failed; 3 warnings (12.3 s, 73.5 documents/s)}. */
  public String line() {
    double seconds = elapsed.toMillis() / 1000.0;
    return String.format(Locale.ROOT, "%s: %d processed, %d skipped, %d failed%s; %s (%.1f s, %.1f documents/s)",
        count(total(), "document"), processed, skipped, failed, known == 0 ? "" : ", " + known + " already stored",
        count(warnings, "warning"), seconds,
        seconds == 0 ? 0 : total() / seconds);
  }

  /** "1 document", "3 documents", "1,204 documents". */
  public static String count(long n, String one) {
    return count(n, one, one + "s");
  }

  /** "1 story", "3 stories". */
  public static String count(long n, String one, String many) {
    return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
  }
}
