/**
 * Runs stages over many documents: consumes input names, produces one
 * {@link org.sitrep.model.Outcome} per document, in input order, from a pool of worker threads, and
 * a {@link org.sitrep.batch.Summary} that accounts for every document. The shells (CLI, web, Flink)
 * call this; it holds no stage logic of its own. {@link org.sitrep.batch.DocumentOrder} numbers each document's
 * turn, so that the one step that must follow input order (what the actor memory learns) does, however the
 * workers interleave: the same inputs give the same output.
 */
@NullMarked
package org.sitrep.batch;

import org.jspecify.annotations.NullMarked;
