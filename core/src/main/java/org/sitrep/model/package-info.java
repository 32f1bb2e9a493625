/**
 * The immutable records that flow one way through the pipeline: {@link org.sitrep.model.RawDocument}
 * (from {@code source}) → {@link org.sitrep.model.Article} (from {@code extract}) →
 * {@link org.sitrep.model.AnalyzedArticle} (sentences of {@link org.sitrep.model.Token}s and
 * {@link org.sitrep.model.TimeExpression}s, from {@code nlp}) → {@link org.sitrep.model.CodedArticle}
 * ({@link org.sitrep.model.ActorMention}s of {@link org.sitrep.model.Actor}s, {@link org.sitrep.model.Quote}s
 * and {@link org.sitrep.model.Event}s, from {@code actors} and {@code coding}).
 * Every document ends as a {@link org.sitrep.model.Outcome}: processed, skipped or failed, with a reason.
 * Records are immutable and safe to share between threads.
 */
@NullMarked
package org.sitrep.model;

import org.jspecify.annotations.NullMarked;
