/**
 * Stage 3a, understanding: {@link org.sitrep.model.Article} → {@link org.sitrep.model.AnalyzedArticle}.
 * Sentences, tokens, part-of-speech tags, lemmas and 4-class named entities from Stanford CoreNLP
 * ({@link org.sitrep.nlp.TextAnalyzer}), a wire dateline opening a paragraph ("ANKARA, March 3 (Reuters) -")
 * cut off as a sentence of its own so that it is not parsed as the first sentence's subject
 * ({@code Datelines}); temporal expressions normalised against the publication date
 * ({@link org.sitrep.nlp.TimeNormalizer}); dependency parses on demand for the sentences the coding stage
 * asks for, with CoreNLP's neural English model run by {@link org.sitrep.nlp.TransitionParser} (the same
 * parses as CoreNLP's parser, a test checks, at a fraction of its start-up), then mended where the parser is known to
 * err in a checkable way ({@code ParseRepairs}: add a repair there, with the parser's own wrong tree in its test).
 * Models are loaded once per process, side by side, each on a thread of its own
 * ({@link org.sitrep.internal.Loading}).
 */
@NullMarked
package org.sitrep.nlp;

import org.jspecify.annotations.NullMarked;
