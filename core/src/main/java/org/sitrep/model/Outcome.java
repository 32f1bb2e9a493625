package org.sitrep.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What became of one document: every input ends as exactly one outcome, so a run can account for
 * all of them.
 *
 * @param source the document's source (path, WARC record, URL)
 * @param name its stable output name
 * @param status processed, skipped or failed
 * @param article the article when processed, else null
 * @param coded the coded article when the coding stage ran, else null
 * @param reason why it was skipped or failed, else null
 * @param warnings warnings raised while processing
 */
public record Outcome(
    String source,
    String name,
    Status status,
    @Nullable Article article,
    @Nullable CodedArticle coded,
    @Nullable String reason,
    List<String> warnings) {

  /**
   * The ends a document can come to. {@code KNOWN}: the store already has it (same bytes, or a feed's
   * link to a URL already stored), so it was neither fetched nor processed again.
   */
  public enum Status { PROCESSED, SKIPPED, FAILED, KNOWN }

  public Outcome {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(status, "status");
    warnings = List.copyOf(warnings);
    if (status == Status.PROCESSED && article == null) {
      throw new IllegalArgumentException("a processed outcome needs its article");
    }
    if (status != Status.PROCESSED && reason == null) {
      throw new IllegalArgumentException("a " + status + " outcome needs a reason");
    }
  }

  /** An outcome of extraction alone. */
  public Outcome(String source, String name, Status status, @Nullable Article article, @Nullable String reason,
      List<String> warnings) {
    this(source, name, status, article, null, reason, warnings);
  }

  public static Outcome processed(String name, Article article) {
    return new Outcome(article.source(), name, Status.PROCESSED, article, null, null, article.warnings());
  }

  /** A document extracted and coded; its warnings are both stages'. */
  public static Outcome coded(String name, CodedArticle coded) {
    List<String> w = new java.util.ArrayList<>(coded.article().warnings());
    w.addAll(coded.warnings());
    return new Outcome(coded.article().source(), name, Status.PROCESSED, coded.article(), coded, null, w);
  }

  public static Outcome skipped(String source, String name, String reason) {
    return new Outcome(source, name, Status.SKIPPED, null, reason, List.of());
  }

  /** A document the store already has, recognised before any work was done on it. */
  public static Outcome known(String source, String name) {
    return new Outcome(source, name, Status.KNOWN, null, "already stored", List.of());
  }

  public static Outcome failed(String source, String name, String reason) {
    return new Outcome(source, name, Status.FAILED, null, reason, List.of());
  }
}
