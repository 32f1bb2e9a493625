/**
 * Stage 4, coding: {@link org.sitrep.model.Article} → {@link org.sitrep.model.CodedArticle}
 * ({@link org.sitrep.coding.ArticleCoder} runs stages 3 and 4 together). Quotes with their speakers
 * ({@link org.sitrep.coding.QuoteAttributor}); CAMEO events with source and target actors, modality,
 * asserting and denying actors, date, place and evidence ({@link org.sitrep.coding.EventCoder}), from the
 * verb patterns of {@code verbs.tsv} and {@code nouns.tsv} and the word lists beside them
 * ({@code VerbLexicon}): speech verbs ({@code speech-verbs.txt}), critical words
 * ({@code critical-words.txt}: what a speaker says about an actor in them is criticism of that actor),
 * words of sport and elections ({@code contest-words.txt}: "Russia beat Croatia" is no assault) and a
 * person's own people ({@code circle-words.txt}: "told friends and family"); names, Goldstein scores, QuadClass and
 * PLOVER categories from the CAMEO reference tables ({@link org.sitrep.coding.CameoCodebook}).
 */
@NullMarked
package org.sitrep.coding;

import org.jspecify.annotations.NullMarked;
