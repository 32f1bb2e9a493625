/**
 * Stage 4, coding: {@link org.sitrep.model.Article} → {@link org.sitrep.model.CodedArticle}
 * ({@link org.sitrep.coding.ArticleCoder} runs stages 3 and 4 together). Quotes with their speakers
 * ({@link org.sitrep.coding.QuoteAttributor}); CAMEO events with source and target actors, modality,
 * asserting and denying actors, date, place and evidence ({@link org.sitrep.coding.EventCoder}), from the
 * verb patterns of {@code verbs.tsv} and {@code nouns.tsv}, the speech verbs of {@code speech-verbs.txt}
 * and the critical words of {@code critical-words.txt} (what a speaker says about an actor in them is
 * criticism of that actor); names, Goldstein scores, QuadClass and
 * PLOVER categories from the CAMEO reference tables ({@link org.sitrep.coding.CameoCodebook}).
 */
@NullMarked
package org.sitrep.coding;

import org.jspecify.annotations.NullMarked;
